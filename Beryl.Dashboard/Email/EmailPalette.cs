using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Email;

/// <summary>
/// The email's colours as plain hex for inline styles: the trend colours of the page's light theme
/// (<see cref="TrendColours"/>) and its own. Every colour is explicit, text and background alike, so a mail client's
/// own defaults (a dark mode it does not announce) cannot hide text.
/// </summary>
public static class EmailPalette
{
    public const string Good = TrendColours.Good;
    public const string Bad = TrendColours.Bad;
    public const string Warning = TrendColours.Warning;
    public const string Brand = TrendColours.Brand;
    public const string Neutral = "#6b7280";
    public const string Text = "#111827";
    public const string Muted = "#6b7280";
    public const string Page = "#f3f4f6";
    public const string Card = "#ffffff";
    public const string Rule = "#e5e7eb";
    public const string Band = "#f9fafb";

    public static string Of(TrendColour colour) => colour switch
    {
        TrendColour.Good => Good,
        TrendColour.Bad => Bad,
        _ => Neutral,
    };

    public static string Of(Severity severity) => severity == Severity.Critical ? Bad : Warning;
}
