using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Beryl.Dashboard.Components.Shared;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Components.Metrics;

/// <summary>
/// The cells of a table row that handle no event (the previous value, the last days' line, the changes), as one
/// block of markup, built once per report: a report is immutable and every page view of its revision shares it
/// (<see cref="ReportCache"/>), so its rows' markup can be shared too. Written element by element they were most of
/// the page's writes; built again on every view, its sparklines were a sixth of the page's CPU.
/// </summary>
public static class QuietCells
{
    // Weak on the report: its rows' markup goes when the cache lets the report go.
    private static readonly ConditionalWeakTable<MetricReport, ConcurrentDictionary<MetricRow, string>> ByReport = new();

    /// <summary>The markup of <paramref name="row"/>'s quiet cells in <paramref name="report"/> (whose alerts mark its changes).</summary>
    public static string Html(MetricReport report, MetricRow row) =>
        ByReport.GetValue(report, static _ => new ConcurrentDictionary<MetricRow, string>(ReferenceEqualityComparer.Instance))
            .GetOrAdd(row, static (r, of) => Build(of, r), report);

    private static string Build(MetricReport report, MetricRow row)
    {
        var html = new StringBuilder("<td class=\"num previous\">")
            .Append(row.Previous is { } previous ? HtmlText.Of(MetricFormat.Value(previous, row.Metric.Unit)) : NotAvailable.Html(row.PreviousUnknownReason))
            .Append("</td><td class=\"recent\">").Append(Sparkline.Html(row.Recent, RecentDescription(row))).Append("</td>");
        foreach (var change in row.Changes)
            html.Append("<td>").Append(TrendCell.Html(change, row.Metric.Unit, report.IsAlert(change))).Append("</td>");
        return html.ToString();
    }

    /// <summary>The sparkline in words: "Last 30 days: lowest 118, highest 140".</summary>
    private static string RecentDescription(MetricRow row)
    {
        var known = row.Recent.OfType<double>().ToList();
        if (known.Count == 0)
            return "No history";
        var range = $"lowest {MetricFormat.Value(known.Min(), row.Metric.Unit)}, highest {MetricFormat.Value(known.Max(), row.Metric.Unit)}";
        return known.Count == MetricRow.RecentDays
            ? $"Last {MetricRow.RecentDays} days: {range}"
            : $"{known.Count} of the last {MetricRow.RecentDays} days known: {range}";
    }
}
