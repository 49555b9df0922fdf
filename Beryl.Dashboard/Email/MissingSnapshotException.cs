using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Email;

/// <summary>There is no snapshot of the day to report on.</summary>
public sealed class MissingSnapshotException(DateOnly day) : Exception(
    $"{NoSnapshot.For(day)}: collect it first (collect-daily-metrics --date {IsoDay.Text(day)}).")
{
    public DateOnly Day { get; } = day;
}
