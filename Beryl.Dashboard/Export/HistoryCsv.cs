using Beryl.Dashboard.Formats;
using System.Globalization;
using System.Text;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

/// <summary>
/// The snapshot history as CSV, one row per (day, metric, label), for spreadsheets, with the time (UTC) of the
/// collection each value came from and its source (collected by the dashboard at the day's end, rebuilt from Beryl's
/// tables after it, or imported from Beryl's own collector). Text cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
/// </summary>
public static class HistoryCsv
{
    public const string Header = "day,category,metric,label,value,unit,collected_at,source";

    public static string Write(IEnumerable<MetricValue> values, BusinessCalendar calendar)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var value in values)
        {
            if (!MetricCatalog.TryGet(value.Key, out var metric))
                continue;
            csv.Append(IsoDay.Text(value.Day)).Append(',')
                .Append(Cell(metric.Category.Title())).Append(',')
                .Append(Cell(metric.Key)).Append(',')
                .Append(Cell(value.Label)).Append(',')
                .Append(value.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "").Append(',')
                .Append(Cell(metric.Unit.ToString().ToLowerInvariant())).Append(',')
                .Append(value.CollectedAt == default ? "" : value.CollectedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append(',')
                .Append(value.Value is null ? "" : ValueSources.Of(value, calendar).Token()).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>
    /// One text cell: formula starters neutralised, then quoted when it holds a comma, quote or line break. A
    /// spreadsheet skips leading spaces and reads fullwidth signs (＝, ＋, －, ＠) as their ASCII forms, so those are
    /// looked past and matched too.
    /// </summary>
    public static string Cell(string text)
    {
        var first = text.TrimStart(' ', '\u00a0', '\u3000');
        if (text.Length > 0 && (text[0] is '\t' or '\r' || first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠'))
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
