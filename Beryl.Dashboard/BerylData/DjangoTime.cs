namespace Beryl.Dashboard.BerylData;

/// <summary>Times read from Beryl's tables with plain SQL.</summary>
public static class DjangoTime
{
    /// <summary>Django keeps UTC (USE_TZ): SQLite's text comes back without a kind, PostgreSQL's in local time.</summary>
    public static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
