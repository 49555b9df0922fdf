namespace Beryl.Dashboard.Components.Shared;

/// <summary>One day's value; null when there is no snapshot of that day, which the chart draws as a gap.</summary>
public readonly record struct ChartPoint(DateOnly Day, double? Value)
{
    /// <summary>UTC midnight: the chart labels its datetime axis in UTC, so every browser shows the same day.</summary>
    internal long EpochMilliseconds => new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
}
