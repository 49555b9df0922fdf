namespace Beryl.Dashboard.BerylData;

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
