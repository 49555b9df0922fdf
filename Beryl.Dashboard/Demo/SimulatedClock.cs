namespace Beryl.Dashboard.Demo;

/// <summary>A clock the demo moves by hand, so each simulated midnight's collection sees that moment as "now".</summary>
public sealed class SimulatedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
