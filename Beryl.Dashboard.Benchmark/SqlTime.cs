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
}
