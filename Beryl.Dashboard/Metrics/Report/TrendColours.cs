namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// The colours that say good, bad and warning, and Beryl's green-blue, on a light background: the page's light
/// theme and the email both take them from here.
/// </summary>
public static class TrendColours
{
    public const string Brand = "#0f766e";
    public const string Good = "#15803d";
    public const string Bad = "#b91c1c";
    public const string Warning = "#b45309";
}
