using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>How the page, the email, the CLI and the charts write a note.</summary>
public static class NoteText
{
    /// <summary>"Note by admin@beryl.local, 2026-12-05 09:12: newsletter sent"; an explanation names its alert's metric.</summary>
    public static string Line(DayNote note, BusinessCalendar calendar) =>
        $"{Title(note)} by {note.Author}, {IsoDay.Minute(calendar.ToLocal(note.WrittenAt))}: {note.Text}";

    /// <summary>"Note", or "Explained Total users" for an explanation: a chart marker's label starts with it.</summary>
    public static string Title(DayNote note) => note.MetricKey is { } key && MetricCatalog.TryGet(key, out var metric)
        ? $"Explained {(string.IsNullOrEmpty(note.MetricLabel) ? metric.Label : $"{metric.Label}: {metric.LabelTitle(note.MetricLabel)}")}"
        : "Note";

    /// <summary>A chart marker: "Note: newsletter sent".</summary>
    public static string Marker(DayNote note) => $"{Title(note)}: {note.Text}";
}
