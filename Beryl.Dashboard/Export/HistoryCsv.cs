using Beryl.Dashboard.Formats;
using System.Globalization;
using System.Text;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

/// <summary>
/// The snapshot history as CSV, one row per (day, metric, label), for spreadsheets, with the time (UTC) of the
/// collection each value came from and its source (collected by the dashboard at the day's end, rebuilt from Beryl's
/// tables after it, or imported from Beryl's own collector). Text cells are written by <see cref="CsvCell"/>.
/// </summary>
public static class HistoryCsv
{
    public const string Header = "day,category,metric,label,value,unit,collected_at,source,note,note_by";

    /// <summary>
    /// The values, then the admins' notes of the same days: a row per note with its text and author, when it was
    /// written in collected_at, and for an explanation the metric (and label) whose alert it explains.
    /// </summary>
    public static string Write(IEnumerable<MetricValue> values, IEnumerable<DayNote> notes, BusinessCalendar calendar)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var value in values)
        {
            if (!MetricCatalog.TryGet(value.Key, out var metric))
                continue;
            csv.Append(IsoDay.Text(value.Day)).Append(',')
                .Append(CsvCell.Of(metric.Category.Title())).Append(',')
                .Append(CsvCell.Of(metric.Key)).Append(',')
                .Append(CsvCell.Of(value.Label)).Append(',')
                .Append(value.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "").Append(',')
                .Append(CsvCell.Of(metric.Unit.ToString().ToLowerInvariant())).Append(',')
                .Append(value.CollectedAt == default ? "" : IsoDay.UtcInstant(value.CollectedAt)).Append(',')
                .Append(value.Value is null ? "" : ValueSources.Of(value, calendar).Token()).Append(",,\r\n");
        }
        foreach (var note in notes)
            csv.Append(IsoDay.Text(note.Day)).Append(",,")
                .Append(CsvCell.Of(note.MetricKey ?? "")).Append(',')
                .Append(CsvCell.Of(note.MetricLabel ?? "")).Append(",,,")
                .Append(IsoDay.UtcInstant(note.WrittenAt)).Append(",,")
                .Append(CsvCell.Of(note.Text)).Append(',')
                .Append(CsvCell.Of(note.Author)).Append("\r\n");
        return csv.ToString();
    }
}
