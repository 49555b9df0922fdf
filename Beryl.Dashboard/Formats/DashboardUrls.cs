namespace Beryl.Dashboard.Formats;

/// <summary>Every address the dashboard serves under, in one place: the page, its endpoints, and a day's page.</summary>
public static class DashboardUrls
{
    public const string MetricsPage = "/sys/metrics";
    public const string CollectNow = MetricsPage + "/collect-now";
    public const string EmailPreview = MetricsPage + "/email-preview";
    public const string HistoryCsv = MetricsPage + "/history.csv";
    public const string Prometheus = MetricsPage + "/prometheus";
    public const string RowsCsv = MetricsPage + "/rows.csv";

    /// <summary>The CSV of the rows behind a count (and label) on a day.</summary>
    public static string RowsCsvOf(string key, string label, DateOnly day) =>
        $"{RowsCsv}?key={Uri.EscapeDataString(key)}{(label == "" ? "" : "&label=" + Uri.EscapeDataString(label))}&date={IsoDay.Text(day)}";

    /// <summary>The metrics page of <paramref name="day"/>, or of the latest snapshot when null.</summary>
    public static string MetricsPageOf(DateOnly? day) => day is { } d ? $"{MetricsPage}?date={IsoDay.Text(d)}" : MetricsPage;
}
