using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>Live links: how many per pattern, how many match none, and items with at least one.</summary>
public sealed record LinkPass(IReadOnlyDictionary<long, int> PerPattern, int Unmatched, int ItemsWithLinks);
