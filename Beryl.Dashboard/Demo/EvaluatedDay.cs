using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Demo;

/// <summary>
/// A judged day of the evaluation: its number from the first simulated day, its incident if any, its alerts; judged
/// once the day is over, or <see cref="AtMidday"/> on today's provisional snapshot, as "collect now" would.
/// </summary>
public sealed record EvaluatedDay(int Number, DateOnly Day, Incident? Incident, IReadOnlyList<MetricAlert> Alerts, bool AtMidday = false)
{
    public bool IsOrdinary => Incident is null;
}
