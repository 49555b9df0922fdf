namespace Beryl.Dashboard.Components.Shared;

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
