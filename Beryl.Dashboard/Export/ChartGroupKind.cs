namespace Beryl.Dashboard.Export;

public enum ChartGroupKind
{
    /// <summary>One number per snapshot (users_total).</summary>
    Single,
    /// <summary>The same count over the 24h, 7d and 30d windows (users_active_24h, _7d, _30d).</summary>
    Windowed,
    /// <summary>One metric with a label (items_by_status).</summary>
    Distribution,
}
