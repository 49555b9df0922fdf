using Beryl.Dashboard.Demo;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Tests.Demo;

/// <summary>The evaluation's own logic on a small hand-made scenario: one incident on day 12, days 10 to 14 judged.</summary>
public sealed class AlertEvaluationTests
{
    private static readonly Incident SignUpsStop = new("sign-ups stop for a day", 12, 1, new DayConditions { SignUps = 0 }, ["users_new_24h"]);

    private static MetricAlert Alert(string key)
    {
        var metric = MetricCatalog.ByKey(key);
        var change = MetricChange.Compare(1, 0, 20, metric.Polarity, new AlertThresholds(10, 25));
        return new MetricAlert(new MetricRow(metric, "", 0, null, [change], []), change, "why");
    }

    private static EvaluatedDay Day(int number, params string[] alerts) =>
        new(number, new DateOnly(2026, 1, 5).AddDays(number), number == 12 ? SignUpsStop : null, alerts.Select(Alert).ToList());

    private static EvaluatedDay Midday(int number, params string[] alerts) => Day(number, alerts) with { AtMidday = true };

    /// <summary>The same days judged at midnight, and at midday and after explained incidents with no alert at all.</summary>
    private static AlertEvaluationResult AtMidnight(params EvaluatedDay[] days) =>
        new(new JudgedTimes(days, [SignUpsStop]), new JudgedTimes(days.Select(d => Midday(d.Number)).ToList(), [SignUpsStop]),
            new JudgedTimes(days.Select(d => Day(d.Number)).ToList(), [SignUpsStop]));

    [Fact]
    public void Ordinary_days_are_counted_and_the_incident_is_caught_by_an_alert_on_its_metric()
    {
        var midnight = new JudgedTimes(
        [
            Day(10, "users_total"),
            Day(11, "users_total", "items_total", "links_total"),
            Day(12, "emails_failed", "users_new_24h"),
            Day(13),
            Day(14, "items_total", "links_total"),
        ], [SignUpsStop]);
        var midday = new JudgedTimes([Midday(10), Midday(11, "links_total"), Midday(12, "users_new_24h"), Midday(13), Midday(14)], [SignUpsStop]);

        // Explained, the incident's day has no alert left, and day 13's echo of it is gone.
        var explained = new JudgedTimes([Day(10, "users_total"), Day(11, "users_total", "items_total"), Day(12), Day(13), Day(14, "items_total")], [SignUpsStop]);

        var result = new AlertEvaluationResult(midnight, midday, explained);

        Assert.Equal([1, 3, 0, 2], result.Midnight.OrdinaryCounts);
        Assert.Equal([0, 1, 0, 0], result.Midday.OrdinaryCounts);
        Assert.Equal(
        [
            "alerts per ordinary day (median): 1.5",
            "alerts per ordinary day (max): 3",
            "incidents caught on their day: 1 of 1",
            "alerts per ordinary midday (median): 0",
            "alerts per ordinary midday (max): 1",
            "incidents caught at midday: 1 of 1",
            "alerts per ordinary day after explained incidents (max): 2",
        ], result.SummaryLines());
        Assert.True(result.GoalsMet);
    }

    [Fact]
    public void An_incident_whose_day_has_alerts_only_on_other_metrics_is_missed()
    {
        var result = AtMidnight(Day(11), Day(12, "users_total"), Day(13));

        Assert.Empty(result.Midnight.Caught);
        Assert.Contains("incidents caught on their day: 0 of 1", result.SummaryLines());
        Assert.False(result.GoalsMet);
    }

    [Fact]
    public void Seven_alerts_on_one_ordinary_day_miss_the_goals_even_with_a_calm_median()
    {
        var seven = new[] { "users_total", "items_total", "links_total", "emails_total", "emails_sent", "media_files_total", "favorite_items_total" };
        var result = AtMidnight(Day(10), Day(11, seven), Day(12, "users_new_24h"), Day(13));

        Assert.Equal(0, result.Midnight.MedianPerOrdinaryDay);
        Assert.Equal(7, result.Midnight.MaxPerOrdinaryDay);
        Assert.False(result.GoalsMet);
    }

    [Fact]
    public void An_incident_caught_at_midnight_but_missed_at_midday_misses_the_goals()
    {
        // At midday the incident's day has no alert (AtMidnight's middays have none).
        var result = AtMidnight(Day(11), Day(12, "users_new_24h"), Day(13));

        Assert.True(result.Midnight.GoalsMet);
        Assert.Empty(result.Midday.Caught);
        Assert.Contains("incidents caught at midday: 0 of 1", result.SummaryLines());
        Assert.False(result.GoalsMet);
    }

    [Fact]
    public void Seven_alerts_on_an_ordinary_day_after_explained_incidents_miss_the_goals()
    {
        var seven = new[] { "users_total", "items_total", "links_total", "emails_total", "emails_sent", "media_files_total", "favorite_items_total" };
        var days = new[] { Day(11), Day(12, "users_new_24h"), Day(13) };
        var result = new AlertEvaluationResult(new JudgedTimes(days, [SignUpsStop]), new JudgedTimes(days, [SignUpsStop]),
            new JudgedTimes([Day(11), Day(12), Day(13, seven)], [SignUpsStop]));

        Assert.True(result.Midnight.GoalsMet && result.Midday.GoalsMet);
        Assert.Equal("alerts per ordinary day after explained incidents (max): 7", result.SummaryLines().Last());
        Assert.False(result.GoalsMet);
    }

    [Fact]
    public void The_default_plan_injects_the_six_incidents_on_known_days_after_the_history_a_report_needs()
    {
        var plan = AlertEvaluationPlan.Default();

        Assert.Equal(200, plan.Days);
        Assert.Equal([100, 115, 130, 145, 160, 175], plan.Incidents.Select(i => i.FirstDay));
        // 56 days of history and a 30-day period: the first report with its whole history is day 86.
        Assert.All(plan.Incidents, i => Assert.True(i.FirstDay >= 86));
        // None falls on a Tuesday, the newsletter's day.
        Assert.All(plan.Incidents, i => Assert.NotEqual(DayOfWeek.Tuesday, AlertEvaluationPlan.FirstDay.AddDays(i.FirstDay).DayOfWeek));
        Assert.Equal(0.5, plan.ConditionsOf(181).Items);
        Assert.Same(DayConditions.Ordinary, plan.ConditionsOf(182));
        Assert.Null(plan.IncidentOn(99));
        Assert.Equal("sign-ups stop for a day", plan.IncidentOn(100)!.Name);
    }
}
