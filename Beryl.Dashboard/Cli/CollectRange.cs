using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Cli;

/// <summary>
/// <c>collect-daily-metrics --from D1 --to D2</c>: the history of a Beryl just connected. The days that ended long
/// ago are collected together (<see cref="PastDaysCollector"/>: one pass per table, only the metrics exact for past
/// days known); a day still within the grace minutes (or today) as the nightly job would, in full. Each day says
/// what it could know.
/// </summary>
public static class CollectRange
{
    /// <summary>Collects every day from <paramref name="from"/> to <paramref name="to"/>, one line each, then a summary; 1 when a day failed.</summary>
    public static async Task<int> RunAsync(MetricsCollector collector, PastDaysCollector pastDays, DateOnly from, DateOnly to, int graceMinutes,
        TextWriter output, TextWriter error, CancellationToken ct)
    {
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
        var results = new List<CollectionResult>();
        var skipped = 0;
        try
        {
            var past = await pastDays.CollectAsync(days.Where(pastDays.IsPast).ToList(), ct);
            foreach (var day in past.Skipped)
                await output.WriteLineAsync($"{IsoDay.Text(day)}: skipped, {past.SkipReason(day)}");
            foreach (var result in past.Results)
            {
                results.Add(result);
                await output.WriteLineAsync(DayLine(result, graceMinutes));
            }
            skipped += past.Skipped.Count;
        }
        catch (CollectionFailedException e)
        {
            await error.WriteLineAsync($"{IsoDay.Text(from)} to {IsoDay.Text(to)}: {e.Message}");
            await output.WriteLineAsync(Summary(results, skipped, graceMinutes));
            return 1;
        }
        foreach (var day in days.Where(d => !pastDays.IsPast(d)))
        {
            try
            {
                var result = await collector.CollectAsync(day, ct: ct);
                results.Add(result);
                await output.WriteLineAsync(DayLine(result, graceMinutes));
            }
            catch (InvalidCollectionDateException e)
            {
                skipped++;
                await output.WriteLineAsync($"{IsoDay.Text(day)}: skipped, {e.Message}");
            }
            catch (CollectionFailedException e)
            {
                await error.WriteLineAsync($"{IsoDay.Text(day)}: {e.Message}");
                await output.WriteLineAsync(Summary(results, skipped, graceMinutes));
                return 1;
            }
        }
        await output.WriteLineAsync(Summary(results, skipped, graceMinutes));
        return 0;
    }

    public static string DayLine(CollectionResult result, int graceMinutes) =>
        result.Unknown.Count == 0
            ? $"{IsoDay.Text(result.Day)}: all {result.KnownCount} metrics known"
            : $"{IsoDay.Text(result.Day)}: {result.KnownCount} of {MetricCatalog.All.Count} metrics known; {result.Unknown.Count} unknown " +
              $"(Beryl keeps only their current value, exact within {graceMinutes} minutes of the day's end)";

    public static string Summary(IReadOnlyList<CollectionResult> results, int skipped, int graceMinutes)
    {
        var line = $"Collected {results.Count} days{(skipped > 0 ? $", skipped {skipped}" : "")}";
        if (results.Count == 0)
            return line + ".";
        var sometimesUnknown = MetricCatalog.All.Where(m => results.Any(r => r.Unknown.Contains(m))).Select(m => m.Key).ToList();
        return sometimesUnknown.Count == 0
            ? $"{line}: every metric known for every day."
            : $"{line}: {MetricCatalog.All.Count - sometimesUnknown.Count} metrics known for every day; {sometimesUnknown.Count} only for days " +
              $"collected within {graceMinutes} minutes of their end, as the nightly job does from now on: {string.Join(", ", sometimesUnknown)}.";
    }
}
