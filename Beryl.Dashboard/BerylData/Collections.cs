namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_collection</c>. Beryl refuses to delete a collection that still has live items.</summary>
public class Collection : BerylContent
{
    /// <summary>One of <see cref="BerylChoices.Visibilities"/>, or a value of a newer Beryl.</summary>
    public string Visibility { get; set; } = BerylChoices.Private;
    public string GroupBy { get; set; } = "none";
    public string SortBy { get; set; } = "name";
    public List<CollectionItem> Items { get; set; } = [];
}

/// <summary><c>web_collectionitem</c>: live when it and its collection are not deleted.</summary>
public class CollectionItem : BerylContent
{
    public long CollectionId { get; set; }
    public Collection? Collection { get; set; }
    public long? ItemTypeId { get; set; }
    public ItemType? ItemType { get; set; }
    /// <summary>One of <see cref="BerylChoices.ItemStatuses"/>, or a value of a newer Beryl.</summary>
    public string Status { get; set; } = BerylChoices.InCollection;
    public bool IsFavorite { get; set; }
    public string YourId { get; set; } = "";
}

/// <summary><c>web_itemtype</c>.</summary>
public class ItemType : BerylContent
{
    public string DisplayName { get; set; } = "";
    public string? Icon { get; set; }
}

/// <summary><c>web_itemattribute</c>: an attribute an item of its type may have.</summary>
public class ItemAttribute : BerylContent
{
    public long ItemTypeId { get; set; }
    public ItemType? ItemType { get; set; }
    public string DisplayName { get; set; } = "";
    public string AttributeType { get; set; } = "TEXT";
    public bool Required { get; set; }
    public bool SkipValidation { get; set; }
    public int Order { get; set; }
}

/// <summary><c>web_collectionitemattributevalue</c>; several rows per item and attribute are allowed.</summary>
public class CollectionItemAttributeValue : BerylContent
{
    public long ItemId { get; set; }
    public CollectionItem? Item { get; set; }
    public long ItemAttributeId { get; set; }
    public ItemAttribute? ItemAttribute { get; set; }
    public string Value { get; set; } = "";
}
