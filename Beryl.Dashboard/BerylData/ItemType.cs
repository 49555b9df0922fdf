namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_itemtype</c>.</summary>
public class ItemType : BerylContent
{
    public string DisplayName { get; set; } = "";
    public string? Icon { get; set; }
}
