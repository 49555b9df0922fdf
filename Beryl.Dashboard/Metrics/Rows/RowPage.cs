namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>A page of rows, newest first, and whether older ones follow; <see cref="CutOff"/> is the moment they are of (UTC).</summary>
public sealed record RowPage(IReadOnlyList<ListedRow> Rows, int Page, bool HasMore, DateTime CutOff);
