using Beryl.Dashboard.Formats;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>How every view says that a day has no snapshot: the page, the email preview, the CLI, the report's N/A.</summary>
public static class NoSnapshot
{
    public const string Yet = "No snapshot yet";

    /// <summary>"No snapshot for 2026-03-29".</summary>
    public static string For(DateOnly day) => $"No snapshot for {IsoDay.Text(day)}";

    /// <summary>For <paramref name="day"/>, or <see cref="Yet"/> when none was asked for.</summary>
    public static string Of(DateOnly? day) => day is { } d ? For(d) : Yet;
}
