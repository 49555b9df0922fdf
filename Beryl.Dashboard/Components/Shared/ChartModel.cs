using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Components.Shared;

public enum ChartKind { Line, Area }

/// <summary>One day's value; null when there is no snapshot of that day, which the chart draws as a gap.</summary>
public readonly record struct ChartPoint(DateOnly Day, double? Value)
{
    /// <summary>UTC midnight: the chart labels its datetime axis in UTC, so every browser shows the same day.</summary>
    internal long EpochMilliseconds => new DateTimeOffset(Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
}

/// <summary>A named line, its points in day order.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>
    /// A point for every day from <paramref name="first"/> to <paramref name="last"/>: a day left out would be
    /// bridged by the line as if nothing had been missing, a null point breaks it.
    /// </summary>
    public static ChartSeries Daily(string name, DateOnly first, DateOnly last, Func<DateOnly, double?> valueOf)
    {
        var points = new List<ChartPoint>();
        for (var day = first; day <= last; day = day.AddDays(1))
            points.Add(new ChartPoint(day, valueOf(day)));
        return new ChartSeries(name, points);
    }
}

/// <summary>A horizontal band from <see cref="Low"/> to <see cref="High"/> on the value axis, with our own label (no Beryl data).</summary>
public sealed record ChartBand(double Low, double High, string Label);

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

    /// <summary>Words the tooltip adds to a day ("rebuilt from Beryl's tables"): our own text, never Beryl's data.</summary>
    public IReadOnlyDictionary<DateOnly, string>? DayNotes { get; init; }
}
