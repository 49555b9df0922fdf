using System.Diagnostics;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// What a past-days collection stored, day by day, and the days it skipped: those before Beryl's first data
/// (<see cref="FirstDataDay"/>, the day its first user joined; null when it has none).
/// </summary>
public sealed record PastDays(IReadOnlyList<CollectionResult> Results, IReadOnlyList<DateOnly> Skipped, DateOnly? FirstDataDay)
{
    public string SkipReason(DateOnly day) => FirstDataDay is DateOnly first
        ? InvalidCollectionDateException.BeforeFirstData(day, first)
        : InvalidCollectionDateException.NoData(day);
}
