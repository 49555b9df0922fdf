using Beryl.Dashboard.Formats;
using System.Text;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Cli;

/// <summary>Renders a <see cref="MetricReport"/> as a terminal table, grouped by category.</summary>
public static class ReportTable
{
    public static string Render(MetricReport report, Terminal terminal, bool changes)
    {
        var header = new List<string> { "Metric", "Current" };
        if (changes)
            header.AddRange(Comparisons.Days.Select(Comparisons.Heading));

        var lines = new List<(string? Category, MetricRow? Row, string[] Cells)>();
        foreach (var category in report.Categories)
        {
            lines.Add((category.Title, null, []));
            foreach (var row in category.Rows.SelectMany(r => r.SubRows.Prepend(r)))
            {
                var name = row.Metric.IsDistribution && row.Label != "" ? "  · " + row.Title : row.Title;
                var cells = new List<string> { "  " + PlainText.Safe(name), row.IsDistributionHeader ? "" : MetricFormat.Value(row.Value, row.Metric.Unit) };
                if (changes)
                    cells.AddRange(row.IsDistributionHeader ? Comparisons.Days.Select(_ => "")
                        : row.Changes.Select(c => MetricFormat.Change(c, row.Metric.Unit, report.MarkOf(c))));
                lines.Add((null, row, cells.ToArray()));
            }
        }

        var widths = header.Select((h, i) => lines.Where(l => l.Row is not null)
            .Select(l => l.Cells[i].Length).Append(h.Length).Max()).ToArray();

        var text = new StringBuilder();
        text.AppendLine(terminal.Bold(Title(report)));
        foreach (var dayEvent in report.DayEvents)
            text.AppendLine(PlainText.Safe(dayEvent));
        // One line per alert, starting with its severity, so that grep CRITICAL finds them.
        if (report.Alerts.Count == 0)
            text.AppendLine(AlertText.NoAlerts(report));
        foreach (var alert in report.Alerts)
            text.AppendLine(Paint(terminal, alert.Change.Colour, PlainText.Safe(AlertText.Line(alert))));
        text.AppendLine();
        text.AppendLine(terminal.Bold(Row(header.ToArray(), widths)));
        foreach (var (category, row, cells) in lines)
        {
            if (category is not null)
            {
                text.AppendLine(terminal.Bold(category));
                continue;
            }
            var painted = cells.Select((cell, i) => i < 2 || row!.IsDistributionHeader
                ? cell.PadRight(widths[i])
                : Paint(terminal, row.Changes[i - 2].Colour, cell.PadRight(widths[i]))).ToArray();
            text.AppendLine(string.Join("  ", painted).TrimEnd());
        }
        return text.ToString();
    }

    public static string Title(MetricReport report) =>
        $"Daily metrics {IsoDay.Text(report.Day)}{(report.IsProvisional ? " (provisional)" : "")}, " +
        $"collected {IsoDay.Minute(report.CollectedAt)} in {MetricFormat.Seconds(report.Duration.TotalSeconds)}";

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();

    private static string Paint(Terminal terminal, TrendColour colour, string text) => colour switch
    {
        TrendColour.Good => terminal.Green(text),
        TrendColour.Bad => terminal.Red(text),
        _ => text,
    };
}
