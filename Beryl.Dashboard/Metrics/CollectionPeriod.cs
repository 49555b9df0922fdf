namespace Beryl.Dashboard.Metrics;

/// <summary>What a snapshot of <see cref="Day"/> counts: rows as of <see cref="CutOff"/>, windows ending there.</summary>
public sealed record CollectionPeriod(
    DateOnly Day,
    DateTime CutOff,
    IReadOnlyDictionary<MetricWindow, DateTime> WindowStarts,
    bool IsProvisional,
    bool CurrentStateExact)
{
    public DateTime Start(MetricWindow window) => WindowStarts[window];
}
