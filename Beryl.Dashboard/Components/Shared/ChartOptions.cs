using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Components.Shared;

/// <summary>How a chart looks; a change redraws the chart, unlike a change of its series.</summary>
public sealed record ChartOptions
{
    public ChartKind Kind { get; init; } = ChartKind.Line;

    /// <summary>How the y axis and the tooltip write values, as <c>MetricFormat.Value</c> does.</summary>
    public MetricUnit Unit { get; init; } = MetricUnit.Count;

    public bool Dark { get; init; }

    /// <summary>In pixels.</summary>
    public int Height { get; init; } = 320;

    /// <summary>The name of the PNG and CSV downloads, without extension; null lets apexcharts choose.</summary>
    public string? FileName { get; init; }

    /// <summary>A range to shade, such as the usual range an alert was judged against.</summary>
    public ChartBand? Band { get; init; }

    /// <summary>Days marked on the time axis, each with its label (SVG text: apexcharts writes it as plain text).</summary>
    public IReadOnlyList<ChartMarker> Markers { get; init; } = [];

    /// <summary>Words the tooltip adds to a day ("rebuilt from Beryl's tables"): our own text, never Beryl's data.</summary>
    public IReadOnlyDictionary<DateOnly, string>? DayNotes { get; init; }
}
