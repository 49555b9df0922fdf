using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.Extensions.Options;
using static Beryl.Dashboard.Tests.Metrics.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>Reports built by the real <see cref="ReportBuilder"/> from hand-written snapshots, without a database.</summary>
public static class HandWrittenReports
{
    /// <summary>A snapshot cut off at midnight in Zurich (22:00 UTC in summer) and collected five minutes later.</summary>
    public static MetricSnapshot Snapshot(DateOnly day, params V[] values)
    {
        var cutOff = DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-2), DateTimeKind.Utc);
        return new MetricSnapshot
        {
            Day = day,
            CutOff = cutOff,
            CollectedAt = cutOff.AddMinutes(5),
            DurationMs = 1234,
            Values = values.Select(v => new MetricValue { Day = day, Key = v.Key, Label = v.Label, Value = v.Value }).ToList(),
        };
    }

    /// <summary>The report of <paramref name="current"/> against the <paramref name="earlier"/> snapshots there are.</summary>
    public static MetricReport Build(MetricSnapshot current, params MetricSnapshot[] earlier)
    {
        var options = Options.Create(new MetricsOptions());
        return new ReportComposer(new BusinessCalendar(options), options).Build(current, earlier.Prepend(current).ToDictionary(s => s.Day));
    }
}
