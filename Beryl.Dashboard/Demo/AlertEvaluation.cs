using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Demo;

/// <summary>An incident injected on known days, and the metrics whose alert on its first day counts as catching it.</summary>
public sealed record Incident(string Name, int FirstDay, int Days, DayConditions Conditions, IReadOnlyList<string> Keys)
{
    public bool Covers(int day) => day >= FirstDay && day < FirstDay + Days;

    /// <summary>Whether any alert of its first day is about one of <see cref="Keys"/>.</summary>
    public bool CaughtBy(IEnumerable<MetricAlert> alerts) => alerts.Any(a => Keys.Contains(a.Row.Metric.Key));
}

/// <summary>A judged day of the evaluation: its number from the first simulated day, its incident if any, its alerts.</summary>
public sealed record EvaluatedDay(int Number, DateOnly Day, Incident? Incident, IReadOnlyList<MetricAlert> Alerts)
{
    public bool IsOrdinary => Incident is null;
}

/// <summary>What the evaluation measured: alerts on ordinary days, and which incidents were caught on their first day.</summary>
public sealed record AlertEvaluationResult(IReadOnlyList<EvaluatedDay> Days, IReadOnlyList<Incident> Incidents)
{
    public const double MedianGoal = 2, MaxGoal = 6;

    public IReadOnlyList<int> OrdinaryCounts => Days.Where(d => d.IsOrdinary).Select(d => d.Alerts.Count).ToList();

    public double MedianPerOrdinaryDay => OrdinaryCounts.Count == 0 ? 0 : Metrics.Alerts.RobustSpread.Median(OrdinaryCounts.Select(c => (double)c));

    public int MaxPerOrdinaryDay => OrdinaryCounts.DefaultIfEmpty(0).Max();

    /// <summary>Incidents whose first day was judged and raised an alert on one of their metrics.</summary>
    public IReadOnlyList<Incident> Caught => Incidents
        .Where(i => Days.FirstOrDefault(d => d.Number == i.FirstDay) is { } first && i.CaughtBy(first.Alerts)).ToList();

    public bool GoalsMet => MedianPerOrdinaryDay <= MedianGoal && MaxPerOrdinaryDay <= MaxGoal && Caught.Count == Incidents.Count;

    /// <summary>The three lines the evaluation ends with.</summary>
    public IEnumerable<string> SummaryLines()
    {
        yield return $"alerts per ordinary day (median): {MedianPerOrdinaryDay:0.#}";
        yield return $"alerts per ordinary day (max): {MaxPerOrdinaryDay}";
        yield return $"incidents caught on their day: {Caught.Count} of {Incidents.Count}";
    }
}
