using Beryl.Dashboard.Metrics.Report;
using MudBlazor;

namespace Beryl.Dashboard.Components.Layout;

/// <summary>The dashboard's colours: Beryl's green-blue, and trend colours readable in both themes.</summary>
public static class DashboardTheme
{
    /// <summary>The name of the cascading value that tells components (charts) the theme is dark.</summary>
    public const string DarkModeCascade = "DarkMode";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = TrendColours.Brand,
            AppbarBackground = TrendColours.Brand,
            Success = TrendColours.Good,
            Error = TrendColours.Bad,
            Warning = TrendColours.Warning,
            // Secondary text (N/A, units, notes) at 4.5:1 or more on white and on the grey of a hovered row.
            TextSecondary = "rgba(0,0,0,0.68)",
        },
        PaletteDark = new PaletteDark
        {
            // Light colours on the dark surface (#373740), each 4.5:1 or more; dark text on the aqua buttons.
            Primary = "#2dd4bf",
            PrimaryContrastText = "#042f2e",
            Success = "#4ade80",
            Error = "#fca5a5",
            Warning = "#fbbf24",
            TextSecondary = "rgba(255,255,255,0.72)",
        },
    };
}
