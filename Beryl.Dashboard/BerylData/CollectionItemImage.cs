namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_collectionitemimage</c>: an item's picture, a row per image.</summary>
public class CollectionItemImage : BerylContent
{
    public long ItemId { get; set; }
    public CollectionItem? Item { get; set; }
    public long MediaFileId { get; set; }
    public MediaFile? MediaFile { get; set; }
    public bool IsDefault { get; set; }
    public int Order { get; set; }
}
