using System.Globalization;

namespace Beryl.Dashboard.Benchmark;

/// <summary>
/// Timestamps as EF Core's SQLite provider stores and binds them (TEXT, <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>), so raw
/// SQL compares them exactly as the collector's LINQ does: as strings, in the same format.
/// </summary>
public static class SqlTime
{
    public const string Format = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";

    public static string Of(DateTime utc) => utc.ToString(Format, CultureInfo.InvariantCulture);

    public static string Of(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>As Django writes a timestamp on SQLite: microseconds, the fraction left out when it is zero.</summary>
    public static string Django(DateTime utc)
    {
        var text = utc.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.ffffff", CultureInfo.InvariantCulture);
        return text.EndsWith(".000000", StringComparison.Ordinal) ? text[..^7] : text;
    }
}
