namespace Beryl.Dashboard.Metrics;

/// <summary>How a stored value came to be known, as the page, the chart, the CSV and the email say it.</summary>
public enum ValueSource
{
    /// <summary>Collected by the dashboard at the day's end (or, for today, at its collection).</summary>
    Collected,

    /// <summary>Collected by the dashboard after the day (a backfill): only what Beryl's rows still tell.</summary>
    Rebuilt,

    /// <summary>Imported from Beryl's own collector.</summary>
    Imported,
}
