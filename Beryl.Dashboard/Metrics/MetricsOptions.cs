using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Metrics;

/// <summary>The <c>Metrics</c> section of appsettings.json (its environment names are in <c>ConfigurationAliases</c>).</summary>
public sealed class MetricsOptions : ISettingsSection
{
    public static string Section => "Metrics";

    /// <summary>How every message says a day is past the retention: "more than Metrics:RetentionDays (365) days ago".</summary>
    public string PastRetention => $"more than {Section}:{nameof(RetentionDays)} ({RetentionDays}) days ago";

    /// <summary>Fewer days of history than this and a change has no usual range: the threshold and the minimum decide alone.</summary>
    public const int MinimumAlertHistoryDays = 14;

    /// <summary>The business time zone: a snapshot belongs to a calendar day there.</summary>
    public string TimeZone { get; set; } = "Europe/Zurich";

    /// <summary>Snapshots older than this many days are deleted after each collection.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>|percent change| at or above this is a warning.</summary>
    public double AlertThresholdWarning { get; set; } = 10;

    /// <summary>|percent change| at or above this is critical.</summary>
    public double AlertThresholdCritical { get; set; } = 25;

    /// <summary>
    /// How many days before a report's day its alerts are judged against: what the metric's changes were on those
    /// days makes "usual". Eight weeks hold eight of each weekday, enough to see a weekly rhythm.
    /// </summary>
    public int AlertHistoryDays { get; set; } = 56;

    /// <summary>The smallest change of a count that can be an alert, either way: 2 to 3 new users is not news.</summary>
    public double AlertMinimumChange { get; set; } = 5;

    /// <summary>
    /// How long after a day's cut-off its current-state metrics (status, visibility...) still count as
    /// exact. Collected later than this, they are stored as unknown.
    /// </summary>
    public int CurrentStateGraceMinutes { get; set; } = 60;

    /// <summary>
    /// How many labels of a distribution the email, Prometheus (so Grafana) and the history chart show, largest
    /// first; the others are summed as one (see <see cref="Report.LargestLabels"/>). The page and the CSV show all.
    /// </summary>
    public int LargestLabels { get; set; } = DefaultLargestLabels;

    public const int DefaultLargestLabels = 50;

    /// <summary>The bearer token Prometheus sends to the metrics endpoint; empty: only signed-in admins may read it.</summary>
    public string PrometheusToken { get; set; } = "";

    /// <summary>The token without surrounding blanks; null when none is set.</summary>
    public string? ConfiguredPrometheusToken => string.IsNullOrWhiteSpace(PrometheusToken) ? null : PrometheusToken.Trim();

    /// <summary>The first thing wrong with these settings, as one line naming the setting; null when valid.</summary>
    public string? FirstError()
    {
        if (RetentionDays < 1)
            return $"Invalid setting {Name(nameof(RetentionDays))}: must be at least 1 day, got {RetentionDays}.";
        if (!(AlertThresholdWarning > 0))
            return $"Invalid setting {Name(nameof(AlertThresholdWarning))}: must be greater than 0, got {AlertThresholdWarning}.";
        if (!(AlertThresholdCritical > AlertThresholdWarning))
            return $"Invalid setting {Name(nameof(AlertThresholdCritical))}: must be greater than the warning threshold " +
                   $"({AlertThresholdWarning}), got {AlertThresholdCritical}.";
        if (AlertHistoryDays is < MinimumAlertHistoryDays or > 365)
            return $"Invalid setting {Name(nameof(AlertHistoryDays))}: must be {MinimumAlertHistoryDays} to 365 days, got {AlertHistoryDays}.";
        if (!(AlertMinimumChange >= 0))
            return $"Invalid setting {Name(nameof(AlertMinimumChange))}: must be 0 or more, got {AlertMinimumChange}.";
        if (LargestLabels is < 1 or > 1000)
            return $"Invalid setting {Name(nameof(LargestLabels))}: must be 1 to 1000 labels, got {LargestLabels}.";
        if (CurrentStateGraceMinutes < 0)
            return $"Invalid setting {Name(nameof(CurrentStateGraceMinutes))}: must be 0 or more, got {CurrentStateGraceMinutes}.";
        if (ConfiguredPrometheusToken is { } token && token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return $"Invalid setting {Name(nameof(PrometheusToken))}: a bearer token cannot hold spaces or control characters " +
                   "(e.g. the output of openssl rand -hex 32).";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            return $"Invalid setting {Name(nameof(TimeZone))}: unknown time zone '{TimeZone}'.";
        return null;
    }

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    private static string Name(string property) => Settings.SettingName.Of($"{Section}:{property}");
}
