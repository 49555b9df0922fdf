namespace Beryl.Dashboard.Demo;

/// <summary>
/// What the evaluation measured at each midnight and at each midday, with the same goals for both; and at each
/// midnight again once every incident was explained (<see cref="Explained"/>), whose ordinary days hold no echo of an
/// incident and have the same maximum to meet.
/// </summary>
public sealed record AlertEvaluationResult(JudgedTimes Midnight, JudgedTimes Midday, JudgedTimes Explained)
{
    public const double MedianGoal = 2, MaxGoal = 6;

    public bool GoalsMet => Midnight.GoalsMet && Midday.GoalsMet && Explained.MaxPerOrdinaryDay <= MaxGoal;

    /// <summary>The seven lines the evaluation ends with: midnight's three, midday's, then after explained incidents.</summary>
    public IEnumerable<string> SummaryLines()
    {
        yield return $"alerts per ordinary day (median): {Midnight.MedianPerOrdinaryDay:0.#}";
        yield return $"alerts per ordinary day (max): {Midnight.MaxPerOrdinaryDay}";
        yield return $"incidents caught on their day: {Midnight.Caught.Count} of {Midnight.Incidents.Count}";
        yield return $"alerts per ordinary midday (median): {Midday.MedianPerOrdinaryDay:0.#}";
        yield return $"alerts per ordinary midday (max): {Midday.MaxPerOrdinaryDay}";
        yield return $"incidents caught at midday: {Midday.Caught.Count} of {Midday.Incidents.Count}";
        yield return $"alerts per ordinary day after explained incidents (max): {Explained.MaxPerOrdinaryDay}";
    }
}
