namespace Beryl.Dashboard.BerylData;

public enum Visibility { Private, Unlisted, Public }

public enum ItemStatus { InCollection, Wanted, Reserved, Ordered, LentOut, PreviouslyOwned, Sold, GivenAway }

public enum AttributeType { Text, LongText, Number, Date, Url, Boolean, Choice }

public class Collection : BerylContent
{
    public Visibility Visibility { get; set; } = Visibility.Private;
    public List<CollectionItem> Items { get; set; } = [];
}

public class CollectionItem : BerylContent
{
    public int CollectionId { get; set; }
    public Collection? Collection { get; set; }
    public int? ItemTypeId { get; set; }
    public ItemType? ItemType { get; set; }
    public ItemStatus Status { get; set; } = ItemStatus.InCollection;
    public bool IsFavorite { get; set; }
}

public class ItemType : BerylContent
{
    public string DisplayName { get; set; } = "";
    public string Icon { get; set; } = "";
}

public class ItemAttribute : BerylContent
{
    public int ItemTypeId { get; set; }
    public ItemType? ItemType { get; set; }
    public string DisplayName { get; set; } = "";
    public AttributeType AttributeType { get; set; } = AttributeType.Text;
}

/// <summary>Several rows per (item, attribute) are allowed.</summary>
public class CollectionItemAttributeValue : BerylRecord
{
    public int ItemId { get; set; }
    public CollectionItem? Item { get; set; }
    public int ItemAttributeId { get; set; }
    public ItemAttribute? ItemAttribute { get; set; }
    public string Value { get; set; } = "";
}
