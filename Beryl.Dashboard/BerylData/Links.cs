namespace Beryl.Dashboard.BerylData;

public class LinkPattern : BerylContent
{
    public string DisplayName { get; set; } = "";
    /// <summary>Case-insensitive glob with <c>*</c>, e.g. <c>*amazon.*/*</c>.</summary>
    public string UrlPattern { get; set; } = "";
    public bool IsActive { get; set; } = true;
}

public class CollectionItemLink : BerylContent
{
    public int ItemId { get; set; }
    public CollectionItem? Item { get; set; }
    public string Url { get; set; } = "";
    /// <summary>The first active pattern that matched when the link was saved.</summary>
    public int? LinkPatternId { get; set; }
    public LinkPattern? LinkPattern { get; set; }
}
