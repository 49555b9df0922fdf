using System.Data.Common;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.Data.Sqlite;
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

    public static async Task<ReportResult> RunAsync(string dataFolder, int repetitions, TextWriter log)
    {
        var snapshots = StoreYearOfSnapshots(dataFolder);
        var counter = new StatementCounter();
        await using var services = await BenchServices.CreateAsync(dataFolder,
            s => s.ConfigureDbContext<DashboardDbContext>((_, o) => o.AddInterceptors(counter), ServiceLifetime.Singleton));
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
    /// the past, with a deterministic wobble), in one transaction; the collected day's own snapshot is kept.
    /// </summary>
    private static int StoreYearOfSnapshots(string dataFolder)
    {
        using var connection = new SqliteConnection(BenchServices.DashboardConnectionString(dataFolder));
        connection.Open();
        var day = SqlTime.Of(BenchDay.Day);
        var values = new List<(string Key, string Label, double? Value)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT \"Key\", \"Label\", \"Value\" FROM \"Values\" WHERE \"Day\" = $day";
            read.Parameters.AddWithValue("$day", day);
            using var reader = read.ExecuteReader();
            while (reader.Read())
                values.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDouble(2)));
        }
        if (values.Count == 0)
            throw new InvalidOperationException($"No snapshot of {day} to build the year from.");

        using var transaction = connection.BeginTransaction();
        foreach (var table in new[] { "Values", "Snapshots" })
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM \"{table}\" WHERE \"Day\" < $day";
            delete.Parameters.AddWithValue("$day", day);
            delete.ExecuteNonQuery();
        }
        using var snapshot = connection.CreateCommand();
        snapshot.Transaction = transaction;
        snapshot.CommandText = "INSERT INTO \"Snapshots\" (\"Day\", \"CutOff\", \"CollectedAt\", \"DurationMs\", \"IsProvisional\") VALUES ($day, $cut, $at, $ms, 0)";
        var sDay = snapshot.Parameters.Add("$day", SqliteType.Text);
        var sCut = snapshot.Parameters.Add("$cut", SqliteType.Text);
        var sAt = snapshot.Parameters.Add("$at", SqliteType.Text);
        var sMs = snapshot.Parameters.Add("$ms", SqliteType.Integer);
        snapshot.Prepare();
        using var value = connection.CreateCommand();
        value.Transaction = transaction;
        value.CommandText = "INSERT INTO \"Values\" (\"Day\", \"Key\", \"Label\", \"Value\") VALUES ($day, $key, $label, $value)";
        var vDay = value.Parameters.Add("$day", SqliteType.Text);
        var vKey = value.Parameters.Add("$key", SqliteType.Text);
        var vLabel = value.Parameters.Add("$label", SqliteType.Text);
        var vValue = value.Parameters.Add("$value", SqliteType.Real);
        value.Prepare();

        var random = new Random(7);
        for (var back = StoredDays - 1; back >= 1; back--)
        {
            var d = BenchDay.Day.AddDays(-back);
            var cutOff = new DateTime(d.AddDays(1), TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-2);
            sDay.Value = SqlTime.Of(d);
            sCut.Value = SqlTime.Of(cutOff);
            sAt.Value = SqlTime.Of(cutOff.AddMinutes(5));
            sMs.Value = 1000 + random.Next(500);
            snapshot.ExecuteNonQuery();
            foreach (var (key, label, v) in values)
            {
                vDay.Value = sDay.Value;
                vKey.Value = key;
                vLabel.Value = label;
                vValue.Value = v is double known ? Math.Round(known * (1 - 0.0015 * back) * (1 + (random.NextDouble() - 0.5) * 0.04), 2) : DBNull.Value;
                value.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return StoredDays;
    }
}
