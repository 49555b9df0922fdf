namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// A severity in every form the views show it, in one place: the word (Prometheus's label, the email's title), the
/// heading of an alert line, and the marks after a change, so that the page, the email, the CLI and Grafana agree.
/// </summary>
public static class SeverityText
{
    /// <summary>The severities an alert can have, worst first.</summary>
    public static readonly IReadOnlyList<Severity> OfAlerts = [Severity.Critical, Severity.Warning];

    /// <summary>"critical", "warning".</summary>
    public static string Name(this Severity severity) => severity == Severity.Critical ? "critical" : "warning";

    /// <summary>"CRITICAL", "WARNING": the first word of an alert line.</summary>
    public static string Heading(this Severity severity) => severity.Name().ToUpperInvariant();

    /// <summary>The mark after a change in text (the email, the CLI): "!" for a warning, "!!" for critical.</summary>
    public static string Mark(this Severity severity) => severity switch
    {
        Severity.Critical => "!!",
        Severity.Warning => "!",
        _ => "",
    };

    /// <summary>The same mark on the page, where the two exclamation marks are one character.</summary>
    public static string PageMark(this Severity severity) => severity == Severity.Critical ? "‼" : severity.Mark();
}
