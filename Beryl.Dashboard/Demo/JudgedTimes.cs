namespace Beryl.Dashboard.Demo;

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
