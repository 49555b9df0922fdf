namespace Beryl.Dashboard.Tests.Support;

/// <summary>The business day as the real clock sees it, for tests that run the real app or CLI.</summary>
public static class Zurich
{
    public static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich")).DateTime);
}
