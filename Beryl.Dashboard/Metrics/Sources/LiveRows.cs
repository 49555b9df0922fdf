using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>"As of" filters shared by every source: the rows that existed at a cut-off.</summary>
public static class LiveRows
{
    /// <summary>Rows created before <paramref name="cutOff"/> and not deleted before it.</summary>
    public static IQueryable<T> LiveAt<T>(this IQueryable<T> rows, DateTime cutOff) where T : BerylRecord =>
        rows.Where(r => r.Created < cutOff && (r.DeletedAt == null || r.DeletedAt >= cutOff));

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/> as a percent; 0 when the whole is 0.</summary>
    public static double Percent(double part, double whole) => whole == 0 ? 0 : part * 100 / whole;

    /// <summary>part / whole; 0 when the whole is 0.</summary>
    public static double Ratio(double part, double whole) => whole == 0 ? 0 : part / whole;
}
