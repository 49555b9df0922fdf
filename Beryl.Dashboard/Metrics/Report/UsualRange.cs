using System.Globalization;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// The range a day's value was expected to fall in, from the metric's own history: <see cref="Low"/> to
/// <see cref="High"/> in the metric's unit. Both ways of expecting (see <see cref="UsualBasis"/>) are fitted to the
/// history and the one that strayed less is kept, so no metric needs to be told which kind it is. Where the history
/// shows a weekly rhythm the centre is that of the same weekday.
/// </summary>
public sealed record UsualRange(double Low, double High, double Expected, UsualBasis Basis, DayOfWeek? Weekday, double Baseline, int PeriodDays)
{
    /// <summary>Fewer days of history than this and there is no range: the threshold and the minimum decide alone.</summary>
    public const int MinimumHistory = MetricsOptions.MinimumAlertHistoryDays;

    /// <summary>The range's half width, in robust standard deviations: wide enough that an ordinary day falls outside about once in 400.</summary>
    public const double Width = 3;

    /// <summary>
    /// A weekly rhythm shows when the same-weekday centres leave at most this share of the spread: weekday medians
    /// of eight weeks fit noise a little too, so they must take away clearly more than noise does.
    /// </summary>
    public const double WeeklyRhythm = 0.7;

    /// <summary>The share of the day over at the cut-off it was estimated for: 1, or less for today's provisional snapshot.</summary>
    public double Elapsed { get; init; } = 1;

    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>The range as changes from the value <see cref="PeriodDays"/> days earlier.</summary>
    public double ChangeLow => Low - Baseline;

    public double ChangeHigh => High - Baseline;

    /// <summary>
    /// "usually +2 to +9 a day; today -14", "usually 12 to 28 on Sundays; today 0"; for today so far
    /// "usually +1 to +5 by this hour; today +9", "usually 12 to 28 on Sundays at this hour; today 0".
    /// </summary>
    public string Describe(double value, MetricUnit unit)
    {
        var sofar = Elapsed < 1;
        var byThisHour = sofar && Basis == UsualBasis.Change && PeriodDays == 1;
        var weekday = Weekday is DayOfWeek w
            ? $" on {CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(w)}s{(sofar && !byThisHour ? " at this hour" : "")}"
            : "";
        if (Basis == UsualBasis.Level)
            return $"usually {Span(MetricFormat.Value(Low, unit), MetricFormat.Value(High, unit))}{weekday}; today {MetricFormat.Value(value, unit)}";
        var period = PeriodDays == 1 ? byThisHour ? "by this hour" : "a day" : $"in {PeriodDays} days";
        var now = PeriodDays == 1 ? "today" : "now";
        return $"usually {Span(MetricFormat.Delta(ChangeLow, unit), MetricFormat.Delta(ChangeHigh, unit))} {period}{weekday}; " +
               $"{now} {MetricFormat.Delta(value - Baseline, unit)}";

        // A range too narrow to show at the unit's precision is one figure.
        static string Span(string low, string high) => low == high ? low : $"{low} to {high}";
    }

    /// <summary>
    /// A weekday whose usual value is at least this many times the usual of every day is a burst (the newsletter's
    /// Tuesday): its extra comes at an hour of its own, not spread over the day.
    /// </summary>
    public const double Burst = 2;

    /// <summary>
    /// The range for a day's value from the values of the days before it (<paramref name="levels"/>) and their
    /// changes over the same period (<paramref name="changes"/>); null when neither has <see cref="MinimumHistory"/> days.
    /// <paramref name="elapsed"/> is the share of the day over at its cut-off: 1 for a final snapshot, less for today's
    /// provisional one, whose expected value also rests on <paramref name="yesterday"/>'s (see <see cref="SoFar"/>), or,
    /// for a 24-hour count of events, on the part of its window before the day's start (<paramref name="split"/>).
    /// </summary>
    public static UsualRange? Estimate(IReadOnlyList<HistoryPoint> levels, IReadOnlyList<HistoryPoint> changes,
        DateOnly day, double baseline, int periodDays, MetricUnit unit, double elapsed = 1, double? yesterday = null,
        DaySplit? split = null)
    {
        var fits = new[] { (Basis: UsualBasis.Change, Fit: FitOf(changes)), (Basis: UsualBasis.Level, Fit: FitOf(levels)) }
            .Where(f => f.Fit is not null).ToList();
        if (fits.Count == 0)
            return null;
        var (basis, history) = fits.MinBy(f => f.Fit!.Sigma);
        // A change is judged as the value it leads to: the baseline plus the change.
        var offset = basis == UsualBasis.Change ? baseline : 0;
        var (known, uncertain, sigma, below, above) = elapsed >= 1 ? Whole(history!, day, offset, unit)
            : split is DaySplit parts && basis == UsualBasis.Level && unit == MetricUnit.Count ? Split(history!, day, parts)
            : SoFar(history!, basis, day, baseline, periodDays, unit, elapsed, yesterday);

        var expected = known + uncertain;
        double low = expected - below - Width * sigma, high = expected + above + Width * sigma;
        if (unit == MetricUnit.Count && basis == UsualBasis.Level)
            low = known + CountLow(uncertain, sigma) - below;
        if (unit == MetricUnit.Count)
            (low, high) = (Math.Floor(low), Math.Ceiling(high));
        var weekday = history!.Centers is null ? (DayOfWeek?)null : day.DayOfWeek;
        // Counts, bytes and shares are never negative.
        return new UsualRange(Math.Max(low, 0), high, expected, basis, weekday, baseline, periodDays) { Elapsed = elapsed };
    }

    /// <summary>
    /// The lower bound of a count expected to be <paramref name="expected"/> give or take <paramref name="sigma"/>,
    /// taken where a count's spread is even, on the square-root scale (√x varies by about σ / (2√expected) whatever
    /// the count). A count's lower tail is thinner than a normal one: 0 where 11 are expected is a one in 60,000
    /// chance for events that come independently, yet 11 - 3 × √11 is 1. The upper bound stays the normal one.
    /// </summary>
    private static double CountLow(double expected, double sigma)
    {
        if (expected <= 0)
            return expected - Width * sigma;
        var root = Math.Sqrt(expected) - Width * sigma / (2 * Math.Sqrt(expected));
        return root > 0 ? root * root : 0;
    }

    /// <summary>
    /// What a day's value is expected to be, as a part already known (<c>Known</c>) and an uncertain part of spread
    /// <c>Sigma</c>; a burst weekday widens the range by <c>Below</c> and <c>Above</c>.
    /// </summary>
    private readonly record struct Expectation(double Known, double Uncertain, double Sigma, double Below = 0, double Above = 0);

    /// <summary>The expected value and spread of a final day: its weekday's centre and the history's spread.</summary>
    private static Expectation Whole(Fit history, DateOnly day, double offset, MetricUnit unit)
    {
        var center = history.CenterOn(day.DayOfWeek);
        // A count of events is at least as uncertain as its square root (Poisson), whatever a short calm history says.
        var sigma = unit == MetricUnit.Count ? Math.Max(history.Sigma, Math.Sqrt(Math.Max(Math.Abs(center), 1))) : history.Sigma;
        return new(offset, center, sigma);
    }

    /// <summary>
    /// Today's provisional 24-hour count of events, split at the day's start: the day before's part is known, and
    /// today's is expected to be the usual share by this time of day of the weekday's usual count. That part varies as
    /// a count of that size does (Poisson), or by that share of a whole day's spread when the history is more uneven.
    /// A burst weekday's extra may come before the hour or after it: the range covers both.
    /// </summary>
    private static Expectation Split(Fit history, DateOnly day, DaySplit split)
    {
        var (today, share) = (history.CenterOn(day.DayOfWeek), split.UsualShare);
        var sigma = Math.Sqrt(Math.Max(share * share * history.Sigma * history.Sigma, share * Math.Max(Math.Abs(today), 1)));
        var burst = history.BurstOn(day.DayOfWeek);
        return new(split.BeforeDayStart, share * today, sigma, share * burst, (1 - share) * burst);
    }

    /// <summary>
    /// The expected value and spread of today's provisional snapshot, taken <paramref name="elapsed"/> (f) of the way
    /// through the day. Its windows are as long as any day's: at 15:00 a 24-hour window holds the last 9 hours of
    /// yesterday and the first 15 of today, and a total holds yesterday's final value and 15 hours of today's growth.
    /// With events spread evenly over a day, the value lies between yesterday's final value Y and today's expected
    /// final one, in that proportion: <c>(1 - f) Y + f today</c>. That keeps a weekly rhythm (a Monday-noon window is
    /// half a busy Sunday), and as Y is known only today's share is uncertain: a 24-hour count varies by
    /// <c>f² σ² + f (1 - f) (Y + today)</c> (today's spread scaled, and which of the day's events fall either side of
    /// the hour), a change by <c>√f</c> of a whole day's (a random walk). Without a snapshot of yesterday, its
    /// weekday's usual value stands in. A burst weekday (see <see cref="Burst"/>) may have its extra all before the
    /// hour or all after it: the range covers both (<c>Below</c> and <c>Above</c>).
    /// </summary>
    private static Expectation SoFar(Fit history, UsualBasis basis, DateOnly day,
        double baseline, int periodDays, MetricUnit unit, double elapsed, double? yesterday)
    {
        var f = elapsed;
        var (today, previous) = (history.CenterOn(day.DayOfWeek), history.CenterOn(day.AddDays(-1).DayOfWeek));
        var burstToday = history.BurstOn(day.DayOfWeek);
        if (basis == UsualBasis.Level)
        {
            var before = yesterday ?? previous;
            var burstBefore = Math.Min(history.BurstOn(day.AddDays(-1).DayOfWeek), Math.Max(before, 0));
            var sigma = unit == MetricUnit.Count
                ? Math.Sqrt(f * f * Math.Max(history.Sigma * history.Sigma, Math.Abs(today)) + f * (1 - f) * Math.Max(Math.Abs(before) + Math.Abs(today), 1))
                : history.Sigma;
            return new(0, (1 - f) * before + f * today, sigma, f * burstToday + (1 - f) * burstBefore, (1 - f) * burstToday + f * burstBefore);
        }
        var start = yesterday ?? baseline + previous * (periodDays - 1) / periodDays;
        var expected = (1 - f) * start + f * (baseline + today);
        var spread = history.Sigma * Math.Sqrt(f);
        if (unit == MetricUnit.Count)
            spread = Math.Max(spread, Math.Sqrt(Math.Max(Math.Abs(expected - baseline), 1)));
        return new(0, expected, spread, f * burstToday, (1 - f) * burstToday);
    }

    /// <summary>
    /// A series' centre and spread; <see cref="Centers"/> per weekday where it has a weekly rhythm (null: one
    /// <see cref="Center"/> for every day).
    /// </summary>
    private sealed record Fit(double Center, double Sigma, IReadOnlyDictionary<DayOfWeek, double>? Centers)
    {
        public double CenterOn(DayOfWeek weekday) => Centers?[weekday] ?? Center;

        /// <summary>A burst weekday's extra over the usual of every day; 0 for any other day.</summary>
        public double BurstOn(DayOfWeek weekday)
        {
            var extra = CenterOn(weekday) - Center;
            return extra > 0 && CenterOn(weekday) >= Burst * Math.Abs(Center) ? extra : 0;
        }
    }

    private static Fit? FitOf(IReadOnlyList<HistoryPoint> series)
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
                return new Fit(center, RobustSpread.Sigma(residuals), medians);
        }
        return new Fit(center, sigma, null);
    }
}
