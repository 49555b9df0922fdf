using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Demo;

/// <summary>An incident injected on known days, and the metrics whose alert on its first day counts as catching it.</summary>
public sealed record Incident(string Name, int FirstDay, int Days, DayConditions Conditions, IReadOnlyList<string> Keys)
{
    public bool Covers(int day) => day >= FirstDay && day < FirstDay + Days;

    /// <summary>Whether any alert of its first day is about one of <see cref="Keys"/>.</summary>
    public bool CaughtBy(IEnumerable<MetricAlert> alerts) => alerts.Any(a => Keys.Contains(a.Row.Metric.Key));
}

/// <summary>
/// A judged day of the evaluation: its number from the first simulated day, its incident if any, its alerts; judged
/// once the day is over, or <see cref="AtMidday"/> on today's provisional snapshot, as "collect now" would.
/// </summary>
public sealed record EvaluatedDay(int Number, DateOnly Day, Incident? Incident, IReadOnlyList<MetricAlert> Alerts, bool AtMidday = false)
{
    public bool IsOrdinary => Incident is null;
}

/// <summary>What one time of judging measured: alerts on ordinary days, and which incidents were caught on their first day.</summary>
public sealed record JudgedTimes(IReadOnlyList<EvaluatedDay> Days, IReadOnlyList<Incident> Incidents)
{
    public IReadOnlyList<int> OrdinaryCounts => Days.Where(d => d.IsOrdinary).Select(d => d.Alerts.Count).ToList();

    public double MedianPerOrdinaryDay => OrdinaryCounts.Count == 0 ? 0 : Metrics.Report.RobustSpread.Median(OrdinaryCounts.Select(c => (double)c));

    public int MaxPerOrdinaryDay => OrdinaryCounts.DefaultIfEmpty(0).Max();

    /// <summary>Incidents whose first day was judged and raised an alert on one of their metrics.</summary>
    public IReadOnlyList<Incident> Caught => Incidents
        .Where(i => Days.FirstOrDefault(d => d.Number == i.FirstDay) is { } first && i.CaughtBy(first.Alerts)).ToList();

    public bool GoalsMet => MedianPerOrdinaryDay <= AlertEvaluationResult.MedianGoal && MaxPerOrdinaryDay <= AlertEvaluationResult.MaxGoal
                            && Caught.Count == Incidents.Count;
}

/// <summary>What the evaluation measured at each midnight and at each midday, with the same goals for both.</summary>
public sealed record AlertEvaluationResult(JudgedTimes Midnight, JudgedTimes Midday)
{
    public const double MedianGoal = 2, MaxGoal = 6;

    public bool GoalsMet => Midnight.GoalsMet && Midday.GoalsMet;

    /// <summary>The six lines the evaluation ends with: midnight's three, then midday's.</summary>
    public IEnumerable<string> SummaryLines()
    {
        yield return $"alerts per ordinary day (median): {Midnight.MedianPerOrdinaryDay:0.#}";
        yield return $"alerts per ordinary day (max): {Midnight.MaxPerOrdinaryDay}";
        yield return $"incidents caught on their day: {Midnight.Caught.Count} of {Midnight.Incidents.Count}";
        yield return $"alerts per ordinary midday (median): {Midday.MedianPerOrdinaryDay:0.#}";
        yield return $"alerts per ordinary midday (max): {Midday.MaxPerOrdinaryDay}";
        yield return $"incidents caught at midday: {Midday.Caught.Count} of {Midday.Incidents.Count}";
    }
}
