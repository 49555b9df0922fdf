namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>How many items have exactly this list of ids (comma-separated, one per row, in the order read).</summary>
public sealed record ItemList(string Ids, int Items);
