namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_linkpattern</c>.</summary>
public class LinkPattern : BerylContent
{
    public string DisplayName { get; set; } = "";
    /// <summary>Case-insensitive glob with <c>*</c>, e.g. <c>*amazon.*/*</c>.</summary>
    public string UrlPattern { get; set; } = "";
    public bool IsActive { get; set; } = true;
}
