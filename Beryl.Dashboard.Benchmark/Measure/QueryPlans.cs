using System.Data.Common;
using Beryl.Dashboard.Benchmark.Dataset;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Benchmark.Measure;

/// <summary>Keeps the text and parameters of every statement EF Core sends, and how long each took.</summary>
public sealed class CommandRecorder : DbCommandInterceptor
{
    public sealed record Recorded(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Duration);

    private readonly List<Recorded> commands = [];

    public IReadOnlyList<Recorded> Commands => commands;

    public void Clear()
    {
        lock (commands)
            commands.Clear();
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, TimeSpan duration)
    {
        lock (commands)
            commands.Add(new Recorded(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList(), duration));
    }
}

/// <summary>
/// <c>plans</c>: runs one collection on the main dataset, then prints every statement the collector sent to
/// Beryl's database with its EXPLAIN QUERY PLAN, the raw material of docs/PERFORMANCE.md's index section.
/// </summary>
/// <remarks>Each statement is timed again on its own, warm, to its last row (median of five).</remarks>
public static class QueryPlans
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter log)
    {
        var (folder, _) = await new BenchDatasets(options.BenchDir, log).EnsureAsync(options.Scale, options.Seed);
        var recorder = new CommandRecorder();
        var dashboard = new CommandRecorder();
        await using (var services = await BenchServices.CreateAsync(BenchTarget.SqliteFolder(folder), s =>
                     {
                         s.ConfigureDbContext<BerylDbContext>((_, o) => o.AddInterceptors(recorder), ServiceLifetime.Singleton);
                         s.ConfigureDbContext<DashboardDbContext>((_, o) => o.AddInterceptors(dashboard), ServiceLifetime.Singleton);
                     }))
        {
            var collector = services.GetRequiredService<MetricsCollector>();
            await collector.CollectAsync(BenchDay.Day);
            recorder.Clear();
            dashboard.Clear();
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            await collector.CollectAsync(BenchDay.Day);
            log.WriteLine($"Second (warm) collection: {Timing.Format(stopwatch.Elapsed.TotalSeconds)}; " +
                          $"{recorder.Commands.Count} statements on beryl.db ({Timing.Format(recorder.Commands.Sum(c => c.Duration.TotalSeconds))} to their first row), " +
                          $"{dashboard.Commands.Count} on dashboard.db ({Timing.Format(dashboard.Commands.Sum(c => c.Duration.TotalSeconds))})");
        }

        using var connection = new SqliteConnection(BenchTarget.SqliteFolder(folder).BerylConnectionString);
        connection.Open();
        await using (var services = await BenchServices.CreateAsync(BenchTarget.SqliteFolder(folder)))
        {
            var calendar = services.GetRequiredService<BusinessCalendar>();
            var period = calendar.PeriodFor(BenchDay.Day, BenchDay.CollectionClock(calendar));
            var collector = services.GetRequiredService<MetricsCollector>();
            var statements = recorder.Commands.Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
            var floorLog = new List<List<(string Sql, double Seconds)>>();
            // Where the collector's time goes: the whole collection, its statements run raw, the floor; taking turns.
            await Timing.MeasureInterleavedAsync(1, log,
                ("collection (MetricsCollector.CollectAsync)", 7, () => collector.CollectAsync(BenchDay.Day)),
                ($"the collector's {statements.Count} SELECTs on beryl.db, raw", 7, () =>
                {
                    foreach (var statement in statements)
                        TimeOnce(connection, statement);
                    return Task.CompletedTask;
                }),
                ("the floor", 7, () =>
                {
                    var sql = new Queries.Sql(connection, period);
                    Queries.Floor.Collect(sql);
                    floorLog.Add(sql.Log);
                    return Task.CompletedTask;
                }));
            log.WriteLine($"The floor's statements (medians of {floorLog.Count}):");
            for (var i = 0; i < floorLog[0].Count; i++)
            {
                var flat = string.Join(' ', floorLog[0][i].Sql.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
                log.WriteLine($"  {Timing.Format(Timing.MedianOf(floorLog.Select(l => l[i].Seconds).ToList())),10}  {flat[..Math.Min(110, flat.Length)]}");
            }
        }
        var n = 0;
        foreach (var command in recorder.Commands)
        {
            log.WriteLine($"-- statement {++n}: {Timing.Format(TimeAll(connection, command))} (median of 5 runs to the last row)");
            log.WriteLine(command.Sql.Trim());
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
            foreach (var (name, value) in command.Parameters)
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            using var reader = explain.ExecuteReader();
            var depth = new Dictionary<long, int>();
            while (reader.Read())
            {
                var (id, parent, detail) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3));
                depth[id] = depth.GetValueOrDefault(parent, -1) + 1;
                log.WriteLine($"   {new string(' ', 2 * depth[id])}{detail}");
            }
            log.WriteLine();
        }
        return 0;
    }

    /// <summary>Runs a recorded statement to its last row five times; the median.</summary>
    private static double TimeAll(SqliteConnection connection, CommandRecorder.Recorded recorded) =>
        recorded.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            ? Timing.MedianOf(Enumerable.Range(0, 5).Select(_ => TimeOnce(connection, recorded)).ToList())
            : 0;

    private static double TimeOnce(SqliteConnection connection, CommandRecorder.Recorded recorded)
    {
        using var command = connection.CreateCommand();
        command.CommandText = recorded.Sql;
        foreach (var (name, value) in recorded.Parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
            }
        return stopwatch.Elapsed.TotalSeconds;
    }
}
