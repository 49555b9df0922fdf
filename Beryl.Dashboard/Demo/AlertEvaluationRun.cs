using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Demo;

/// <summary>
/// Runs an <see cref="AlertEvaluationPlan"/> on the app's services over a data folder of its own (real SQLite files,
/// built by the caller with the simulated clock as the services' clock): the
/// demo world lives each day with that day's conditions, the real collector takes its snapshot at the next midnight,
/// and once every day is collected, the real report of each judged day gives its alerts. Each judged day is also
/// collected at noon, as "collect now" would, and that provisional report judged then, before the day goes on. Last,
/// each incident's alerts are explained on its days, and every day judged again.
/// </summary>
public static class AlertEvaluationRun
{
    /// <summary>Who the evaluation's explanations are written by.</summary>
    private const string ExplainedBy = "alerts-eval";

    public static async Task<AlertEvaluationResult> RunAsync(AlertEvaluationPlan plan, IServiceProvider services, SimulatedClock clock,
        Action<EvaluatedDay>? judged = null, CancellationToken ct = default)
    {
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var collector = services.GetRequiredService<MetricsCollector>();
        var reports = services.GetRequiredService<ReportBuilder>();
        var middays = new List<EvaluatedDay>();
        var first = AlertEvaluationPlan.FirstDay;
        await using (var db = await services.GetRequiredService<IDbContextFactory<BerylDbContext>>().CreateDbContextAsync(ct))
        {
            var world = new DemoWorld(db, new Random(plan.Seed));
            world.GrowBefore(first, AlertEvaluationPlan.PrehistoryDays, AlertEvaluationPlan.Growth, calendar, adminPasswordHash: "!");
            for (var n = 0; n < plan.Days; n++)
            {
                var day = first.AddDays(n);
                var (start, end) = (calendar.StartOf(day), calendar.StartOf(day.AddDays(1)));
                var lived = start;
                if (n >= reports.FullHistoryDays)
                {
                    // The middle of the day: noon, or 12:30 / 11:30 local on a day that is 23 or 25 hours long.
                    var noon = start + (end - start) / 2;
                    await LiveAndCollectAsync(n, lived, noon, noon);
                    var report = await reports.BuildAsync(day, ct) ?? throw new InvalidOperationException($"No snapshot of day {n} at noon.");
                    middays.Add(Judged(new EvaluatedDay(n, day, plan.IncidentOn(n), report.Alerts, AtMidday: true)));
                    lived = noon;
                }
                await LiveAndCollectAsync(n, lived, end, end.AddSeconds(30));
            }

            // The world lives day n from one moment to another, then the collector takes the day's snapshot.
            async Task LiveAndCollectAsync(int n, DateTime from, DateTime to, DateTime collectAt)
            {
                var day = first.AddDays(n);
                world.LiveDay(from, to, AlertEvaluationPlan.Growth, plan.ConditionsOf(n), dayStart: calendar.StartOf(day));
                // The context keeps tracking the world's objects: the world changes them on later days.
                await db.SaveChangesAsync(ct);
                clock.Now = new DateTimeOffset(collectAt, TimeSpan.Zero);
                await collector.CollectAsync(day, null, ct);
            }
        }

        var days = await JudgeEveryDayAsync(Judged);

        // Then the admin explains each incident: every alert of an incident's day, day after day (an explained day
        // changes the judgments after it), and every day is judged again: the incidents' echoes are gone.
        var notes = services.GetRequiredService<NoteStore>();
        foreach (var incidentDay in days.Where(d => !d.IsOrdinary))
        {
            var report = await reports.BuildAsync(incidentDay.Day, ct) ?? throw new InvalidOperationException($"No snapshot of day {incidentDay.Number}.");
            foreach (var alert in report.Alerts.DistinctBy(a => (a.Row.Metric.Key, a.Row.Label)))
                await notes.AddAsync(incidentDay.Day, $"Incident: {incidentDay.Incident!.Name}", ExplainedBy, alert.Row.Metric.Key, alert.Row.Label, ct);
        }
        var explained = await JudgeEveryDayAsync(evaluated => evaluated);

        var incidents = plan.Incidents.Where(i => i.FirstDay >= reports.FullHistoryDays && i.FirstDay < plan.Days).ToList();
        return new AlertEvaluationResult(new JudgedTimes(days, incidents), new JudgedTimes(middays, incidents),
            new JudgedTimes(explained, incidents));

        // Every day from the first with its whole history, as its report judges it once the day is over.
        async Task<List<EvaluatedDay>> JudgeEveryDayAsync(Func<EvaluatedDay, EvaluatedDay> each)
        {
            var judgedDays = new List<EvaluatedDay>();
            for (var n = reports.FullHistoryDays; n < plan.Days; n++)
            {
                var report = await reports.BuildAsync(first.AddDays(n), ct)
                             ?? throw new InvalidOperationException($"No snapshot of day {n}.");
                judgedDays.Add(each(new EvaluatedDay(n, report.Day, plan.IncidentOn(n), report.Alerts)));
            }
            return judgedDays;
        }

        EvaluatedDay Judged(EvaluatedDay evaluated)
        {
            judged?.Invoke(evaluated);
            return evaluated;
        }
    }
}
