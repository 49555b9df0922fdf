namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_collection</c>. Beryl refuses to delete a collection that still has live items.</summary>
public class Collection : BerylContent
{
    /// <summary>One of <see cref="BerylChoices.Visibilities"/>, or a value of a newer Beryl.</summary>
    public string Visibility { get; set; } = BerylChoices.Private;
    public string GroupBy { get; set; } = "none";
    public string SortBy { get; set; } = "name";
    public List<CollectionItem> Items { get; set; } = [];
}
