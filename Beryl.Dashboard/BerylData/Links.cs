namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_linkpattern</c>.</summary>
public class LinkPattern : BerylContent
{
    public string DisplayName { get; set; } = "";
    /// <summary>Case-insensitive glob with <c>*</c>, e.g. <c>*amazon.*/*</c>.</summary>
    public string UrlPattern { get; set; } = "";
    public bool IsActive { get; set; } = true;
}

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
