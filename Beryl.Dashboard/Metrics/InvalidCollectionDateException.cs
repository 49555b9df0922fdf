using Beryl.Dashboard.Formats;
namespace Beryl.Dashboard.Metrics;

/// <summary>A day that cannot be collected (in the future, or before Beryl had any data).</summary>
public sealed class InvalidCollectionDateException(string message) : Exception(message)
{
    /// <summary>Why <paramref name="day"/> has no snapshot and cannot have one yet.</summary>
    public static string InFuture(DateOnly day, DateOnly today, TimeZoneInfo zone) =>
        $"{IsoDay.Text(day)} is in the future (today is {IsoDay.Text(today)} in {zone.Id}).";

    /// <summary>Why no day is collected while Beryl has no user: every snapshot would be one of nothing.</summary>
    public static string NoData(DateOnly day) => $"Beryl has no users yet: {IsoDay.Text(day)} would be a snapshot of nothing.";

    /// <summary>Why <paramref name="day"/> is not collected: it would be a snapshot of nothing.</summary>
    public static string BeforeFirstData(DateOnly day, DateOnly firstDataDay) =>
        $"{IsoDay.Text(day)} is before Beryl's first data ({IsoDay.Text(firstDataDay)}).";
}
