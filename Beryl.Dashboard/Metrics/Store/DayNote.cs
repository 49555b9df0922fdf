namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// What an admin wrote about a day ("newsletter sent"), with who wrote it and when. With <see cref="MetricKey"/> set
/// it explains that metric's (and label's) alert of the day: the day then leaves the metric's usual range, and the
/// changes measured across it are not alerts again.
/// </summary>
public class DayNote
{
    public int Id { get; set; }
    public DateOnly Day { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The e-mail of the admin who wrote it.</summary>
    public string Author { get; set; } = "";

    /// <summary>When it was written (UTC).</summary>
    public DateTime WrittenAt { get; set; }

    /// <summary>The metric whose alert of the day the note explains; null for a note on the day.</summary>
    public string? MetricKey { get; set; }

    /// <summary>With <see cref="MetricKey"/>: the label of a distribution, or "".</summary>
    public string? MetricLabel { get; set; }

    /// <summary>The most a note holds: a sentence or two, not a document.</summary>
    public const int MaxLength = 500;
}
