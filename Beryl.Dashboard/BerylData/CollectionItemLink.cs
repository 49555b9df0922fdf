namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_collectionitemlink</c>: live when it, its item and the item's collection are not deleted.</summary>
public class CollectionItemLink : BerylContent
{
    public long ItemId { get; set; }
    public CollectionItem? Item { get; set; }
    public string Url { get; set; } = "";
    /// <summary>The pattern that matched when the link was saved; null for none.</summary>
    public long? LinkPatternId { get; set; }
    public LinkPattern? LinkPattern { get; set; }
    public int Order { get; set; }
}
