namespace Beryl.Dashboard.BerylData;

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
