using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Formats;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>
/// Lists the rows behind a count from Beryl's database, read only: in a read transaction, one bounded statement per
/// page (a row more than the page, to know whether older ones follow), newest first. An event count lists for any
/// past day (the rows created in its window); a current state only while it is still exact (today, as it is now).
/// </summary>
public sealed class RowReader(IDbContextFactory<BerylDbContext> beryl, BusinessCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The most rows a CSV holds: a list is for reading, not for copying Beryl's tables.</summary>
    public const int MostRows = 100_000;

    /// <summary>What to list, or one line saying why it cannot be (nothing is read then).</summary>
    public (RowRequest? Request, string? Error) Check(string? key, string? label, DateOnly? day)
    {
        if (string.IsNullOrEmpty(key) || !MetricCatalog.TryGet(key, out var metric))
            return (null, $"'{key}' is not a metric.");
        if (!RowLists.Has(key))
            return (null, $"{metric.Label} has no rows to list: it is not a count of Beryl's rows.");
        label ??= "";
        if (metric.IsDistribution && label == "")
            return (null, $"{metric.Label} lists one {metric.Dimension} at a time: give its label.");
        if (!metric.IsDistribution && label != "")
            return (null, $"{metric.Label} has no labels.");
        var now = clock.GetUtcNow();
        var today = calendar.DayOf(now);
        var asked = day ?? today;
        if (asked > today)
            return (null, $"{IsoDay.Text(asked)} is still to come in {calendar.Zone.Id}.");
        if (!metric.ExactForPastDates && !calendar.PeriodFor(asked, now).CurrentStateExact)
            return (null, $"{metric.Label} is a state Beryl keeps no history of: its rows can be listed as they are now, " +
                          $"for today, not for {IsoDay.Text(asked)}.");
        return (new RowRequest(metric, label, asked), null);
    }

    /// <summary>Page <paramref name="page"/> (from 0) of the rows, <paramref name="size"/> to a page.</summary>
    public async Task<RowPage> PageAsync(RowRequest request, int page, int size = PageSize, CancellationToken ct = default)
    {
        var period = calendar.PeriodFor(request.Day, clock.GetUtcNow());
        var rows = await ReadAsync(request, period, page * size, size + 1, ct);
        return new RowPage(rows.Take(size).ToList(), page, rows.Count > size, period.CutOff);
    }

    /// <summary>Every row, up to <see cref="MostRows"/>, and the moment they are of.</summary>
    public async Task<(IReadOnlyList<ListedRow> Rows, DateTime CutOff)> AllAsync(RowRequest request, CancellationToken ct = default)
    {
        var period = calendar.PeriodFor(request.Day, clock.GetUtcNow());
        return (await ReadAsync(request, period, 0, MostRows, ct), period.CutOff);
    }

    private async Task<List<ListedRow>> ReadAsync(RowRequest request, CollectionPeriod period, int skip, int take, CancellationToken ct)
    {
        await using var db = await beryl.CreateDbContextAsync(ct);
        await BerylSchema.EnsureAsync(db, ct);
        await using var read = await BerylReadTransaction.BeginAsync(db, ct);
        return await RowLists.Of(request.Metric.Key)(db, period, request.Label)
            .OrderByDescending(r => r.Created).ThenByDescending(r => r.Id)
            .Skip(skip).Take(take).AsNoTracking().ToListAsync(ct);
    }
}
