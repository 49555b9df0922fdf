namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// The moments the hand-counted dataset is built around. The day under test is 2026-06-15 in
/// Europe/Zurich (summer time, UTC+2), so its cut-off C is 2026-06-16 00:00 local = 2026-06-15T22:00Z and
/// its windows start at local midnights: 24h at 06-15 00:00, 7d at 06-09 00:00, 30d at 05-17 00:00.
/// Every instant is written out in UTC so a reader can check it without a time zone table.
/// </summary>
public static class June15
{
    public static readonly DateOnly Day = new(2026, 6, 15);

    /// <summary>C: 2026-06-16 00:00 in Zurich. Rows created exactly here do not count.</summary>
    public static readonly DateTime CutOff = Utc("2026-06-15T22:00:00");

    /// <summary>The nightly job, five minutes after C: the snapshot is final and current-state metrics are exact.</summary>
    public static readonly DateTimeOffset CollectedAt = new(2026, 6, 15, 22, 5, 0, TimeSpan.Zero);

    /// <summary>Start of the 24h window (06-15 00:00 local). Rows created exactly here count.</summary>
    public static readonly DateTime DayStart = Utc("2026-06-14T22:00:00");

    /// <summary>Start of the 7d window (06-09 00:00 local).</summary>
    public static readonly DateTime WeekStart = Utc("2026-06-08T22:00:00");

    /// <summary>Start of the 30d window (05-17 00:00 local).</summary>
    public static readonly DateTime MonthStart = Utc("2026-05-16T22:00:00");

    /// <summary>One second before the 30d window: outside every window.</summary>
    public static readonly DateTime JustBeforeMonth = Utc("2026-05-16T21:59:59");

    /// <summary>Long ago: outside every window.</summary>
    public static readonly DateTime Old = Utc("2026-01-10T10:00:00");

    /// <summary>In the 30d window only.</summary>
    public static readonly DateTime InMonth = Utc("2026-05-20T10:00:00");

    /// <summary>2026-06-09 14:00 local: in the 7d window only (and inside the 24h window of 2026-06-09).</summary>
    public static readonly DateTime June9 = Utc("2026-06-09T12:00:00");

    /// <summary>In the 7d window only, and after the cut-off of 2026-06-09.</summary>
    public static readonly DateTime InWeek = Utc("2026-06-10T10:00:00");

    /// <summary>In the 24h window.</summary>
    public static readonly DateTime InDay = Utc("2026-06-15T10:00:00");

    /// <summary>After C but before the collection ran: a row deleted here still counts on 2026-06-15.</summary>
    public static readonly DateTime AfterCutOff = Utc("2026-06-15T22:02:00");

    public static DateTime Utc(string iso) =>
        DateTime.SpecifyKind(DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
