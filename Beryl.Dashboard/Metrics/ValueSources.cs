using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Metrics;

public static class ValueSources
{
    public static ValueSource Of(MetricValue value, BusinessCalendar calendar) =>
        value.Origin == ValueOrigin.BerylCollector ? ValueSource.Imported
        : value.CollectedAt != default && !calendar.PeriodFor(value.Day, new DateTimeOffset(value.CollectedAt, TimeSpan.Zero)).CurrentStateExact
            ? ValueSource.Rebuilt
            : ValueSource.Collected;

    /// <summary>The word in the CSV's <c>source</c> column.</summary>
    public static string Token(this ValueSource source) => source.ToString().ToLowerInvariant();

    /// <summary>In a sentence: "rebuilt from Beryl's tables", "from Beryl's own collector".</summary>
    public static string Describe(this ValueSource source) => source switch
    {
        ValueSource.Rebuilt => "rebuilt from Beryl's tables",
        ValueSource.Imported => "from Beryl's own collector",
        _ => "collected by the dashboard",
    };

    /// <summary>
    /// What a day's known values came from, when not all were collected at the day's end: "rebuilt from Beryl's
    /// tables and from Beryl's own collector"; null for an ordinary day.
    /// </summary>
    public static string? Describe(IEnumerable<MetricValue> values, BusinessCalendar calendar)
    {
        var sources = values.Where(v => v.Value is not null).Select(v => Of(v, calendar)).Where(s => s != ValueSource.Collected)
            .Distinct().Order().ToList();
        return sources.Count == 0 ? null : string.Join(" and ", sources.Select(Describe));
    }
}
