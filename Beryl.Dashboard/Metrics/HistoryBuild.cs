using Beryl.Dashboard.Formats;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>What a history build did: the import of Beryl's own snapshots and the days rebuilt from its rows.</summary>
public sealed record HistoryBuild(ImportSummary Imported, PastDays Rebuilt)
{
    /// <summary>What each part of the history can and cannot show, in lines (the CLI prints them, the page shows them).</summary>
    public IEnumerable<string> Lines()
    {
        foreach (var line in ImportReport.Lines(Imported))
            yield return line;
        var days = Rebuilt.Results.Select(r => r.Day).ToList();
        if (days.Count == 0)
        {
            yield return Rebuilt.FirstDataDay is null
                ? "Rebuilt no day: Beryl has no users yet."
                : "Rebuilt no day from Beryl's tables: every past day of the retention period has a snapshot already.";
            yield break;
        }
        var exact = MetricCatalog.All.Where(m => m.ExactForPastDates && m.Category != MetricCategory.CollectionRun).Select(m => m.Key);
        yield return $"Rebuilt {(days.Count == 1 ? "1 day" : $"{days.Count} days")} from Beryl's tables ({IsoDay.Text(days.Min())} to {IsoDay.Text(days.Max())}): " +
                     $"exact for every day, as Beryl keeps their rows: {string.Join(", ", exact)}.";
        yield return Imported.Imported.Count > 0
            ? $"The other metrics are known on the {Imported.Imported.Count} days Beryl's own collector saw (those it computed as the dashboard does) " +
              "and from now on, collected each night; on other past days they show N/A with the reason."
            : "The other metrics are current states Beryl keeps no history of: known from now on, collected each night; " +
              "on past days they show N/A with the reason.";
    }
}
