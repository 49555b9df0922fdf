namespace Beryl.Dashboard.Metrics.Report;

/// <summary>Snapshot days a report reads, and how a snapshot's values are looked up.</summary>
/// <summary>A value kept from an earlier collection than the snapshot's: when it ran, and whose it was.</summary>
public sealed record KeptValue(DateTimeOffset CollectedAt, ValueSource Source);
