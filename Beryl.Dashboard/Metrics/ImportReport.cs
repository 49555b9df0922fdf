using Beryl.Dashboard.Formats;
using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Metrics;

/// <summary>What an import of Beryl's own snapshots did, in lines: days imported, days skipped and why, metrics that came in unknown.</summary>
public static class ImportReport
{
    /// <summary>One line per day (or run) skipped, and why.</summary>
    public static IEnumerable<string> SkippedLines(ImportSummary summary) =>
        summary.Skipped.Select(s => $"{IsoDay.Text(s.Day)}: skipped, {s.Why}");

    /// <summary>The summary: days imported and skipped, metrics known and unknown.</summary>
    public static IEnumerable<string> Lines(ImportSummary summary)
    {
        if (!summary.TableFound)
        {
            yield return $"Beryl has no {BerylCollectorColumns.Table} table (its collector came with its migration 0025): nothing to import.";
            yield break;
        }
        var range = summary.Imported.Count == 0 ? "" : $" ({IsoDay.Text(summary.Imported.Min())} to {IsoDay.Text(summary.Imported.Max())})";
        yield return $"Imported {Days(summary.Imported.Count)}{range} from Beryl's own collector, skipped {summary.Skipped.Count}.";
        if (summary.Imported.Count == 0)
            yield break;
        // In the catalog's order, as the page lists them.
        var unknown = MetricCatalog.All.Where(m => summary.Unknown.ContainsKey(m.Key)).Select(m => (m.Key, Days: summary.Unknown[m.Key])).ToList();
        var always = unknown.Where(u => u.Days == summary.Imported.Count).Select(u => u.Key).ToList();
        var sometimes = unknown.Where(u => u.Days < summary.Imported.Count).Select(u => $"{u.Key} ({Days(u.Days)})").ToList();
        yield return $"Known on imported days: {MetricCatalog.All.Count - always.Count - sometimes.Count} metrics" +
                     (sometimes.Count == 0 ? "." : $"; on some days only: {string.Join(", ", sometimes)} ({BerylCollectorColumns.AcrossDaylightSaving})");
        yield return $"Unknown on imported days, each with its reason on the page: {string.Join(", ", always)}.";
    }

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
