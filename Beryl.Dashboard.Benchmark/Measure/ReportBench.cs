using System.Data.Common;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Benchmark.Measure;

/// <summary>Counts the SQL statements EF Core sends through the contexts it is registered on.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }
}

public sealed record ReportResult(Timing Timing, int Statements, int Snapshots, int Alerts);

/// <summary>
/// The report of the collected day (latest snapshot, compared with 1, 7 and 30 days before) with a year of
/// snapshots stored: how long <see cref="ReportBuilder.BuildAsync(DateOnly?, CancellationToken)"/> takes and how many
/// statements it sends, given the day as the page's report cache gives it.
/// </summary>
public static class ReportBench
{
    public const int StoredDays = 365;

    public static async Task<ReportResult> RunAsync(BenchTarget target, int repetitions, TextWriter log)
    {
        var counter = new StatementCounter();
        await using var services = await BenchServices.CreateAsync(target, s =>
        {
            s.ConfigureDbContext<DashboardDbContext>((_, o) => o.AddInterceptors(counter), ServiceLifetime.Singleton);
            s.ConfigureDbContext<PostgresDashboardDbContext>((_, o) => o.AddInterceptors(counter), ServiceLifetime.Singleton);
        });
        var snapshots = await StoreYearOfSnapshotsAsync(services.GetRequiredService<SnapshotStore>());
        var builder = services.GetRequiredService<ReportBuilder>();

        var statements = new List<int>();
        MetricReport? report = null;
        // As the page's report cache builds it: the latest day is known from the store's revision, read before.
        var timing = await Timing.MeasureAsync("report (latest, 1/7/30-day comparisons)", 1, repetitions, async () =>
        {
            counter.Reset();
            report = await builder.BuildAsync(BenchDay.Day);
            statements.Add(counter.Count);
        }, log);
        if (report is null || report.Day != BenchDay.Day)
            throw new InvalidOperationException($"The report is of {report?.Day}, not of the collected day {BenchDay.Day}.");
        if (statements.Distinct().Count() != 1)
            throw new InvalidOperationException($"The report sent a varying number of statements: {string.Join(", ", statements)}.");
        return new ReportResult(timing, statements[0], snapshots, report.Alerts.Count);
    }

    /// <summary>
    /// Fills the year before the collected day with snapshots derived from the collected one (values shrinking into
    /// the past, with a deterministic wobble), through the store in one transaction; the collected day's own
    /// snapshot is kept.
    /// </summary>
    private static async Task<int> StoreYearOfSnapshotsAsync(SnapshotStore store)
    {
        var collected = (await store.LoadAsync([BenchDay.Day])).GetValueOrDefault(BenchDay.Day)
                        ?? throw new InvalidOperationException($"No snapshot of {BenchDay.Day:yyyy-MM-dd} to build the year from.");
        await store.DeleteBeforeAsync(BenchDay.Day);
        var random = new Random(7);
        var year = new List<MetricSnapshot>();
        for (var back = StoredDays - 1; back >= 1; back--)
        {
            var day = BenchDay.Day.AddDays(-back);
            var cutOff = new DateTime(day.AddDays(1), TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-2);
            year.Add(new MetricSnapshot
            {
                Day = day,
                CutOff = cutOff,
                CollectedAt = cutOff.AddMinutes(5),
                DurationMs = 1000 + random.Next(500),
                IsProvisional = false,
                Values = collected.Values.Select(v => new MetricValue
                {
                    Key = v.Key,
                    Label = v.Label,
                    Value = v.Value is double known ? Math.Round(known * (1 - 0.0015 * back) * (1 + (random.NextDouble() - 0.5) * 0.04), 2) : null,
                }).ToList(),
            });
        }
        await store.SaveAllAsync(year);
        return StoredDays;
    }
}
