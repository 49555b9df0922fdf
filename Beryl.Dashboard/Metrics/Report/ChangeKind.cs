namespace Beryl.Dashboard.Metrics.Report;

public enum ChangeKind
{
    /// <summary>No baseline snapshot, or either value unknown: see <see cref="MetricChange.Reason"/>.</summary>
    NotAvailable,
    /// <summary>The baseline was 0 and the value is above it: no percent.</summary>
    New,
    Unchanged,
    Up,
    Down,
}
