using Beryl.Dashboard.Formats;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// A day typed by a person (the page's and the email preview's <c>?date=</c>, the CLI's <c>--date</c>): an ISO
/// date within the years a snapshot can have. The bounds keep the day's comparisons (30 days back) and charts
/// (a year back) inside the calendar, so 0001-01-01 is refused like a typo instead of failing further on.
/// </summary>
public static class RequestedDay
{
    public static readonly DateOnly Earliest = new(1970, 1, 1);
    public static readonly DateOnly Latest = new(9998, 12, 31);

    /// <summary>What a day must be, for the message that refuses one.</summary>
    public static string Expected => $"a date YYYY-MM-DD from {IsoDay.Text(Earliest)} to {IsoDay.Text(Latest)}";

    /// <summary>The day, or null when <paramref name="text"/> is not a YYYY-MM-DD date from <see cref="Earliest"/> to <see cref="Latest"/>.</summary>
    public static DateOnly? Parse(string? text) => IsoDay.TryParse(text) is { } day && day >= Earliest && day <= Latest ? day : null;
}
