namespace Beryl.Dashboard.Metrics.Report;

/// <summary>A metric's change against the snapshot <see cref="PeriodDays"/> days earlier.</summary>
public sealed record MetricChange(
    int PeriodDays,
    ChangeKind Kind,
    double? Previous,
    double? Delta,
    double? Percent,
    TrendColour Colour,
    Severity Severity,
    string? Reason)
{
    public static MetricChange NotAvailable(int periodDays, string reason) =>
        new(periodDays, ChangeKind.NotAvailable, null, null, null, TrendColour.Neutral, Severity.None, reason);

    /// <summary>
    /// Applies the comparison rules to two known values; without <paramref name="thresholds"/> (a metric that never
    /// alerts, such as the collection's own duration) a change has no severity, so no view marks it.
    /// </summary>
    public static MetricChange Compare(int periodDays, double current, double previous, Polarity polarity, AlertThresholds? thresholds)
    {
        var delta = current - previous;
        if (delta == 0)
            return new(periodDays, ChangeKind.Unchanged, previous, 0, previous == 0 ? null : 0, TrendColour.Neutral, Severity.None, null);

        var kind = delta > 0 ? ChangeKind.Up : ChangeKind.Down;
        var colour = polarity switch
        {
            Polarity.UpIsGood => delta > 0 ? TrendColour.Good : TrendColour.Bad,
            Polarity.UpIsBad => delta > 0 ? TrendColour.Bad : TrendColour.Good,
            _ => TrendColour.Neutral,
        };
        if (previous == 0)
            return new(periodDays, ChangeKind.New, previous, delta, null, colour, Severity.None, null);

        var percent = delta / Math.Abs(previous) * 100;
        return new(periodDays, kind, previous, delta, percent, colour, thresholds?.SeverityOf(percent) ?? Severity.None, null);
    }
}
