namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_collectionitemattributevalue</c>; several rows per item and attribute are allowed.</summary>
public class CollectionItemAttributeValue : BerylContent
{
    public long ItemId { get; set; }
    public CollectionItem? Item { get; set; }
    public long ItemAttributeId { get; set; }
    public ItemAttribute? ItemAttribute { get; set; }
    public string Value { get; set; } = "";
}
