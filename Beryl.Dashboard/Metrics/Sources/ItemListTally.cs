using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>What a set of item lists adds up to, per id: its rows over all items, and the items that have it.</summary>
public sealed record ItemListTally(IReadOnlyDictionary<long, int> Rows, IReadOnlyDictionary<long, int> Items, int TotalItems);
