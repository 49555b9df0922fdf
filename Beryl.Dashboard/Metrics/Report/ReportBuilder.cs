using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Metrics.Timeline;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// Builds the <see cref="MetricReport"/> of a day: reads its snapshot, those 1, 7 and 30 days earlier and the history
/// its alerts are judged by from the store, and has <see cref="ReportComposer"/> compare and judge them.
/// </summary>
public sealed class ReportBuilder(SnapshotStore store, NoteStore notes, ReportComposer composer, BerylReleases releases,
    BusinessCalendar calendar)
{
    /// <summary>
    /// How many days before a report's day it reads: the alert history, a period before its first day, and a period
    /// more for judging the baseline day itself (an alert is not news when its baseline was unusual).
    /// </summary>
    public int LookbackDays => FullHistoryDays + Comparisons.Days.Max();

    /// <summary>Days of snapshots a day needs before it for its alerts to be judged on their whole history.</summary>
    public int FullHistoryDays => composer.HistoryDays + Comparisons.Days.Max();

    /// <summary>
    /// The report of <paramref name="day"/>, or of the latest snapshot when null; null when there is none. Three
    /// queries: its snapshot and its baselines, then the last month of every row with the longer history of only the
    /// rows whose changes passed a threshold (the alert history of every row would be some 15,000 values for a page
    /// view), then the notes; a fourth first for the latest day when none is given (<see cref="ReportCache"/> knows
    /// it already, from the store's revision); and the day's releases from Beryl's own table.
    /// </summary>
    public async Task<MetricReport?> BuildAsync(DateOnly? day = null, CancellationToken ct = default)
    {
        var reportDay = day ?? await store.LatestDayAsync(ct);
        if (reportDay is not DateOnly d)
            return null;
        var snapshots = await store.LoadAsync(BaselineDays(d).Prepend(d).ToList(), ct);
        if (!snapshots.TryGetValue(d, out var current))
            return null;
        var (report, dayNotes) = await JudgedAsync(current, snapshots, ct);
        return report with
        {
            DayEvents = (await releases.BetweenAsync(d, d, ct)).Select(r => r.Text)
                .Concat(dayNotes.Select(n => NoteText.Line(n, calendar))).ToList(),
        };
    }

    /// <summary>
    /// The report of a snapshot already loaded, so that what a caller renders of it (Prometheus: its values) and
    /// the report's alerts are of the same snapshot: reads its baselines, then the history of the candidate rows;
    /// not Beryl's releases, which only the views a person reads show.
    /// </summary>
    public async Task<MetricReport> BuildAsync(MetricSnapshot current, CancellationToken ct = default) =>
        (await JudgedAsync(current, await store.LoadAsync(BaselineDays(current.Day).ToList(), ct), ct)).Report;

    private static IEnumerable<DateOnly> BaselineDays(DateOnly day) => Comparisons.Days.Select(p => day.AddDays(-p));

    /// <summary>
    /// The changes against the baselines in <paramref name="snapshots"/>, judged on the history it reads in one query
    /// (every row's last days, its sparkline, and the candidate rows' alert history before them) and the notes it
    /// reads in another (the day's, and the explanations of the candidate rows' alerts).
    /// </summary>
    private async Task<(MetricReport Report, List<DayNote> DayNotes)> JudgedAsync(MetricSnapshot current,
        IReadOnlyDictionary<DateOnly, MetricSnapshot> snapshots, CancellationToken ct)
    {
        var d = current.Day;
        var report = composer.Compare(current, snapshots);
        var keys = ReportComposer.Candidates(report).Select(c => c.Row.Metric.Key).Distinct().ToList();
        var history = await store.HistoryAsync(keys, d.AddDays(-LookbackDays), d.AddDays(-1), everyKeyFrom: d.AddDays(1 - MetricRow.RecentDays), ct);
        var values = history.ToDictionary(v => (v.Day, v.Key, v.Label), v => v.Value);
        var written = await notes.ForReportAsync(d, keys, d.AddDays(-LookbackDays), ct);
        double? ValueOn(MetricRow row, DateOnly on) => values.GetValueOrDefault((on, row.Metric.Key, row.Label));
        return (composer.WithAlerts(ReportComposer.WithRecent(report, ValueOn), current, ValueOn,
            written.Where(n => n.MetricKey is not null).ToList()), written.Where(n => n.Day == d).ToList());
    }
}
