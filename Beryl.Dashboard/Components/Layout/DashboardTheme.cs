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
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#2dd4bf",
            Success = "#4ade80",
            Error = "#f87171",
            Warning = "#fbbf24",
        },
    };
}
