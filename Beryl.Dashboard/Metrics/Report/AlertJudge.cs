using Beryl.Dashboard.Formats;
using System.Globalization;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// Decides which changes past a threshold a person should act on. A change with a severity is an alert when
/// <list type="number">
/// <item>for a count, it is at least <see cref="MinimumChange"/> either way;</item>
/// <item>it is unusual: the value is outside the <see cref="UsualRange"/> the metric's own last
/// <see cref="HistoryDays"/> days make usual;</item>
/// <item>the surprise matters: the value is at least the warning threshold (as a share of the value compared with)
/// away from what was expected, so a 30-day growth of +26 % where +28 % was usual is no alert;</item>
/// <item>it is news: a 7- or 30-day change that was already an alert the day before is not raised again (it still
/// shows in its trend cell), or one event would be an alert for a month; nor is a change measured from a day that was
/// itself unusual for the metric (the day after an outage, or a month after it, the comparison is with the outage).</item>
/// </list>
/// With too little history for a range, the threshold and the minimum decide, and the reason says so.
/// </summary>
public sealed class AlertJudge(int historyDays, double minimumChange)
{
    public int HistoryDays => historyDays;
    public double MinimumChange => minimumChange;

    /// <summary>
    /// Judges <paramref name="change"/> (with a severity, so both values are known) of a metric whose value on a day
    /// is <paramref name="valueOn"/> (null: no snapshot or unknown), for the report of <paramref name="day"/>, whose
    /// cut-off is <paramref name="elapsed"/> of the way through it (1: a final snapshot; less: today so far, judged
    /// against the same history, see <see cref="UsualRange"/>), and whose 24-hour count of events is split at the day's
    /// start as <paramref name="soFar"/> says (today's provisional snapshot).
    /// </summary>
    public AlertVerdict Judge(MetricDefinition metric, MetricChange change, DateOnly day, Func<DateOnly, double?> valueOn,
        AlertThresholds thresholds, double elapsed = 1, TodaySoFar? soFar = null)
    {
        var verdict = JudgeDay(metric, change, day, valueOn, thresholds, elapsed, soFar);
        if (!verdict.IsAlert)
            return verdict;
        var baselineDay = day.AddDays(-change.PeriodDays);
        if (change.PeriodDays > 1 && IsAlertOn(day.AddDays(-1), [change.PeriodDays]))
            return verdict with { IsAlert = false, Reason = $"already an alert the day before: {verdict.Reason}" };
        if (IsAlertOn(baselineDay, Comparisons.Days))
            return verdict with { IsAlert = false, Reason = $"compared with {IsoDay.Text(baselineDay)}, itself unusual: {verdict.Reason}" };
        return verdict;

        bool IsAlertOn(DateOnly earlier, IEnumerable<int> periods) => periods.Any(period =>
            valueOn(earlier) is double value && valueOn(earlier.AddDays(-period)) is double before
            && MetricChange.Compare(period, value, before, metric.Polarity, thresholds) is { Severity: not Severity.None } earlierChange
            && JudgeDay(metric, earlierChange, earlier, valueOn, thresholds).IsAlert);
    }

    private AlertVerdict JudgeDay(MetricDefinition metric, MetricChange change, DateOnly day, Func<DateOnly, double?> valueOn,
        AlertThresholds thresholds, double elapsed = 1, TodaySoFar? soFar = null)
    {
        var (baseline, delta) = (change.Previous!.Value, change.Delta!.Value);
        var current = baseline + delta;
        if (metric.Unit == MetricUnit.Count && Math.Abs(delta) < minimumChange)
            return new(false, $"{MetricFormat.Delta(delta, metric.Unit)} is less than the minimum change of {Number(minimumChange)}", null);

        var levels = new List<HistoryPoint>();
        var changes = new List<HistoryPoint>();
        for (var d = day.AddDays(-historyDays); d < day; d = d.AddDays(1))
        {
            if (valueOn(d) is not double value)
                continue;
            levels.Add(new(d, value));
            if (valueOn(d.AddDays(-change.PeriodDays)) is double before)
                changes.Add(new(d, value - before));
        }

        var split = soFar is null ? (DaySplit?)null : new DaySplit(current - soFar.Count, soFar.UsualShare);
        var usual = UsualRange.Estimate(levels, changes, day, baseline, change.PeriodDays, metric.Unit, elapsed, valueOn(day.AddDays(-1)), split);
        if (usual is null)
        {
            var threshold = change.Severity == Severity.Critical ? thresholds.Critical : thresholds.Warning;
            var minimum = metric.Unit == MetricUnit.Count ? $" and the minimum change of {Number(minimumChange)}" : "";
            var days = levels.Count == 1 ? "1 day" : $"{levels.Count} days";
            return new(true, $"only {days} of history, too few to know what is usual ({UsualRange.MinimumHistory} needed): " +
                             $"judged by the {Number(threshold)} % threshold{minimum} alone", null);
        }
        var surprise = Math.Abs(current - usual.Expected) * 100 / Math.Abs(baseline);
        return new(!usual.Contains(current) && surprise >= thresholds.Warning, usual.Describe(current, metric.Unit), usual);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
