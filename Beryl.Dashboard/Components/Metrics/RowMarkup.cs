using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Beryl.Dashboard.Components.Shared;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Rows;

namespace Beryl.Dashboard.Components.Metrics;

/// <summary>
/// A metric's table row (or a distribution label's, indented under its metric) as one block of markup, built once per
/// report: a report is immutable and every page view of its revision shares it (<see cref="ReportCache"/>), so its
/// rows' markup can be shared too. Its buttons handle no event of their own: each names what it does
/// (<see cref="RowAction"/>) and the table handles them all (<see cref="RowActionEventArgs"/>). Rendered element by
/// element, with a handler per button, the rows were most of the page's writes and allocations.
/// </summary>
public static class RowMarkup
{
    // Weak on the report: its rows' markup goes when the cache lets the report go.
    private static readonly ConditionalWeakTable<MetricReport, ConcurrentDictionary<MetricRow, string>> ByReport = new();

    /// <summary>The <c>tr</c> of <paramref name="row"/> in <paramref name="report"/> (whose alerts mark its changes).</summary>
    public static string Html(MetricReport report, MetricRow row) =>
        ByReport.GetValue(report, static _ => new ConcurrentDictionary<MetricRow, string>(ReferenceEqualityComparer.Instance))
            .GetOrAdd(row, static (r, of) => Build(of, r), report);

    private static string Build(MetricReport report, MetricRow row)
    {
        var value = MetricFormat.Value(row.Value, row.Metric.Unit);
        var html = new StringBuilder("<tr class=\"metric-row").Append(row.Metric.IsDistribution ? " sub-row" : "").Append('"')
            .Append(HtmlText.Attribute("data-metric", row.Metric.Key)).Append(HtmlText.Attribute("data-label", row.Label)).Append('>')
            .Append("<th scope=\"row\"><button type=\"button\" class=\"link-button metric-name\"")
            .Append(HtmlText.Attribute("title", row.Metric.Description)).Append(Action(RowAction.History)).Append('>')
            .Append(HtmlText.Of(row.Title)).Append("</button></th><td class=\"num current\">");
        if (row.Value is null)
            html.Append(NotAvailable.Html(row.UnknownReason));
        else if (RowLists.Has(row.Metric.Key))
            // The value opens the rows it counts; its name says so and still holds the number it shows.
            html.Append("<button type=\"button\" class=\"link-button value-button\"")
                .Append(HtmlText.Attribute("aria-label", $"Rows behind {row.Title}: {value}")).Append(Action(RowAction.Rows)).Append('>')
                .Append(HtmlText.Of(value)).Append("</button>");
        else
            html.Append(HtmlText.Of(value));
        if (row.KeptFrom is { } kept)
            html.Append("<span class=\"kept-from\">").Append(HtmlText.Of(MetricFormat.KeptFrom(kept))).Append("</span>");
        html.Append("</td><td class=\"num previous\">")
            .Append(row.Previous is { } previous ? HtmlText.Of(MetricFormat.Value(previous, row.Metric.Unit)) : NotAvailable.Html(row.PreviousUnknownReason))
            .Append("</td><td class=\"recent\">").Append(Sparkline.Html(row.Recent, RecentDescription(row))).Append("</td>");
        foreach (var change in row.Changes)
            html.Append("<td>").Append(TrendCell.Html(change, row.Metric.Unit, report.IsAlert(change))).Append("</td>");
        return html.Append("</tr>").ToString();
    }

    private static string Action(RowAction action) => HtmlText.Attribute(RowActionEventArgs.Attribute, RowActionEventArgs.Name(action));

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
