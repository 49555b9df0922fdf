namespace Beryl.Dashboard.Demo;

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
