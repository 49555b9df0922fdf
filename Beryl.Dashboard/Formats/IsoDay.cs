using System.Globalization;

namespace Beryl.Dashboard.Formats;

/// <summary>
/// Days and instants as every view, log, file and job argument writes them: ISO 8601 in the Gregorian calendar,
/// whatever the machine's culture (never 11/29/2026, nor a Buddhist year under a Thai one).
/// </summary>
public static class IsoDay
{
    public const string Format = "yyyy-MM-dd";

    public static string Text(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The day of an instant, as it is written (UTC when the instant is).</summary>
    public static string Text(DateTime instant) => instant.ToString(Format, CultureInfo.InvariantCulture);

    public static string Text(DateTimeOffset instant) => instant.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>An instant to the minute: "2026-03-29 14:05".</summary>
    public static string Minute(DateTime instant) => instant.ToString(Format + " HH:mm", CultureInfo.InvariantCulture);

    public static string Minute(DateTimeOffset instant) => instant.ToString(Format + " HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A UTC instant as the CSV files write it: "2026-12-05T09:12:00Z".</summary>
    public static string UtcInstant(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>A day written by <see cref="Text(DateOnly)"/>, as a job argument carries it.</summary>
    /// <exception cref="FormatException">The text is not a YYYY-MM-DD date.</exception>
    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);

    /// <summary>The day, or null when <paramref name="text"/> is not a YYYY-MM-DD date.</summary>
    public static DateOnly? TryParse(string? text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
