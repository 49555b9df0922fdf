namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_collectionimage</c>: a collection's picture, a row per image.</summary>
public class CollectionImage : BerylContent
{
    public long CollectionId { get; set; }
    public Collection? Collection { get; set; }
    public long MediaFileId { get; set; }
    public MediaFile? MediaFile { get; set; }
    public bool IsDefault { get; set; }
    public int Order { get; set; }
}
