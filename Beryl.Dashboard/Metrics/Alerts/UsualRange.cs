using System.Globalization;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Metrics.Alerts;

/// <summary>
/// What a metric's history expects of it: either its usual change over the period, added to the value the change
/// starts from (a total that grows), or its usual level (a count of the last 24 hours, which hovers).
/// </summary>
public enum UsualBasis { Change, Level }

/// <summary>One day of a metric's history: its value, or its change over the period up to that day.</summary>
public readonly record struct HistoryPoint(DateOnly Day, double Value);

/// <summary>
/// The range a day's value was expected to fall in, from the metric's own history: <see cref="Low"/> to
/// <see cref="High"/> in the metric's unit. Both ways of expecting (see <see cref="UsualBasis"/>) are fitted to the
/// history and the one that strayed less is kept, so no metric needs to be told which kind it is. Where the history
/// shows a weekly rhythm the centre is that of the same weekday.
/// </summary>
public sealed record UsualRange(double Low, double High, double Expected, UsualBasis Basis, DayOfWeek? Weekday, double Baseline, int PeriodDays)
{
    /// <summary>Fewer days of history than this and there is no range: the threshold and the minimum decide alone.</summary>
    public const int MinimumHistory = 14;

    /// <summary>The range's half width, in robust standard deviations: wide enough that an ordinary day falls outside about once in 400.</summary>
    public const double Width = 3;

    /// <summary>
    /// A weekly rhythm shows when the same-weekday centres leave at most this share of the spread: weekday medians
    /// of eight weeks fit noise a little too, so they must take away clearly more than noise does.
    /// </summary>
    public const double WeeklyRhythm = 0.7;

    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>The range as changes from the value <see cref="PeriodDays"/> days earlier.</summary>
    public double ChangeLow => Low - Baseline;

    public double ChangeHigh => High - Baseline;

    /// <summary>"usually +2 to +9 a day; today -14", "usually 12 to 28 on Sundays; today 0".</summary>
    public string Describe(double value, MetricUnit unit)
    {
        var weekday = Weekday is DayOfWeek w ? $" on {CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(w)}s" : "";
        if (Basis == UsualBasis.Level)
            return $"usually {Span(MetricFormat.Value(Low, unit), MetricFormat.Value(High, unit))}{weekday}; today {MetricFormat.Value(value, unit)}";
        var period = PeriodDays == 1 ? "a day" : $"in {PeriodDays} days";
        var now = PeriodDays == 1 ? "today" : "now";
        return $"usually {Span(MetricFormat.Delta(ChangeLow, unit), MetricFormat.Delta(ChangeHigh, unit))} {period}{weekday}; " +
               $"{now} {MetricFormat.Delta(value - Baseline, unit)}";

        // A range too narrow to show at the unit's precision is one figure.
        static string Span(string low, string high) => low == high ? low : $"{low} to {high}";
    }

    /// <summary>
    /// The range for a day's value from the values of the days before it (<paramref name="levels"/>) and their
    /// changes over the same period (<paramref name="changes"/>); null when neither has <see cref="MinimumHistory"/> days.
    /// </summary>
    public static UsualRange? Estimate(IReadOnlyList<HistoryPoint> levels, IReadOnlyList<HistoryPoint> changes,
        DateOnly day, double baseline, int periodDays, MetricUnit unit)
    {
        var fits = new[] { (Basis: UsualBasis.Change, Fit: FitOf(changes, day.DayOfWeek)), (Basis: UsualBasis.Level, Fit: FitOf(levels, day.DayOfWeek)) }
            .Where(f => f.Fit is not null).ToList();
        if (fits.Count == 0)
            return null;
        var (basis, fit) = fits.MinBy(f => f.Fit!.Sigma);

        // A count of events is at least as uncertain as its square root (Poisson), whatever a short calm history says.
        var sigma = unit == MetricUnit.Count ? Math.Max(fit!.Sigma, Math.Sqrt(Math.Max(Math.Abs(fit.Center), 1))) : fit!.Sigma;
        double low = fit.Center - Width * sigma, high = fit.Center + Width * sigma;
        if (unit == MetricUnit.Count)
            (low, high) = (Math.Floor(low), Math.Ceiling(high));
        var offset = basis == UsualBasis.Change ? baseline : 0;
        // Counts, bytes and shares are never negative.
        return new UsualRange(Math.Max(offset + low, 0), offset + high, offset + fit.Center, basis, fit.Weekday, baseline, periodDays);
    }

    private sealed record Fit(double Center, double Sigma, DayOfWeek? Weekday);

    private static Fit? FitOf(IReadOnlyList<HistoryPoint> series, DayOfWeek target)
    {
        if (series.Count < MinimumHistory)
            return null;
        var center = RobustSpread.Median(series.Select(p => p.Value));
        var sigma = RobustSpread.Sigma(series.Select(p => p.Value - center).ToList());

        // The rhythm is judged by mean deviations: a median ignores one odd weekday in seven, which is what a rhythm is.
        var weekdays = series.GroupBy(p => p.Day.DayOfWeek).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList());
        if (weekdays.Count == 7 && weekdays.Values.All(v => v.Count >= 3))
        {
            var medians = weekdays.ToDictionary(w => w.Key, w => RobustSpread.Median(w.Value));
            var residuals = series.Select(p => p.Value - medians[p.Day.DayOfWeek]).ToList();
            var spread = series.Average(p => Math.Abs(p.Value - center));
            if (spread > 0 && residuals.Average(Math.Abs) <= WeeklyRhythm * spread)
                return new Fit(medians[target], RobustSpread.Sigma(residuals), target);
        }
        return new Fit(center, sigma, null);
    }
}
