namespace Beryl.Dashboard.Metrics.Report;

public enum ChangeKind
{
    /// <summary>No baseline snapshot, or either value unknown: see <see cref="MetricChange.Reason"/>.</summary>
    NotAvailable,
    /// <summary>The baseline was 0 and the value is above it: no percent.</summary>
    New,
    Unchanged,
    Up,
    Down,
}

/// <summary>The colour of a change: by polarity, so a rise in failures is bad even though it goes up.</summary>
public enum TrendColour { Neutral, Good, Bad }

public enum Severity { None, Warning, Critical }

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

/// <summary>The warning and critical thresholds, in percent, applied in either direction.</summary>
public sealed record AlertThresholds(double Warning, double Critical)
{
    public Severity SeverityOf(double percent)
    {
        // Rounded so that a change of exactly 10 % is not lost to floating point (11 / 10 - 1 = 0.0999...).
        var size = Math.Round(Math.Abs(percent), 9);
        return size >= Critical ? Severity.Critical : size >= Warning ? Severity.Warning : Severity.None;
    }
}
