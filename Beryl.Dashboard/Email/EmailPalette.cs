using Beryl.Dashboard.Components.Layout;
using Beryl.Dashboard.Metrics.Report;
using MudBlazor.Utilities;

namespace Beryl.Dashboard.Email;

/// <summary>
/// The page's trend colours (its light theme) as plain hex for inline styles. Every colour is explicit, text
/// and background alike, so a mail client's own defaults (a dark mode it does not announce) cannot hide text.
/// </summary>
public static class EmailPalette
{
    public static readonly string Good = Hex(DashboardTheme.Theme.PaletteLight.Success);
    public static readonly string Bad = Hex(DashboardTheme.Theme.PaletteLight.Error);
    public static readonly string Warning = Hex(DashboardTheme.Theme.PaletteLight.Warning);
    public static readonly string Brand = Hex(DashboardTheme.Theme.PaletteLight.Primary);
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

    private static string Hex(MudColor colour) => colour.ToString(MudColorOutputFormats.Hex);
}
