using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.Extensions.Options;
using static Beryl.Dashboard.Tests.Support.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>Reports built by the real <see cref="ReportBuilder"/> from hand-written snapshots, without a database.</summary>
public static class HandWrittenReports
{
    /// <summary>The report of <paramref name="current"/> against the <paramref name="earlier"/> snapshots there are.</summary>
    public static MetricReport Build(MetricSnapshot current, params MetricSnapshot[] earlier)
    {
        var options = Options.Create(new MetricsOptions());
        return new ReportComposer(new BusinessCalendar(options), options).Build(current, earlier.Prepend(current).ToDictionary(s => s.Day));
    }
}
