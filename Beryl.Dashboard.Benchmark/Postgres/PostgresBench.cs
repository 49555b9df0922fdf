using System.Diagnostics;
using Beryl.Dashboard.Benchmark.Dataset;
using Beryl.Dashboard.Export;
using Npgsql;

namespace Beryl.Dashboard.Benchmark.Postgres;

/// <summary>
/// The bench's PostgreSQL: Debian's server, run by scripts/postgres.sh (as <c>make run-postgres</c> and the tests run
/// it) with its cluster in <c>.bench/postgres</c>, on a free port of 127.0.0.1, started for a run and stopped after it.
/// Each SQLite dataset is copied into a database of its own (<c>beryl_scale_1</c>...), kept between runs like the
/// SQLite files and copied again when its sidecar no longer matches; the dashboard's store gets a new, empty database
/// every run (<c>dashboard_scale_1</c>...).
/// </summary>
public sealed class PostgresBench : IAsyncDisposable
{
    private readonly string folder;
    private readonly int port;
    private readonly TextWriter log;

    private PostgresBench(string folder, int port, TextWriter log) => (this.folder, this.port, this.log) = (folder, port, log);

    /// <summary>The server's own version line (<c>SELECT version()</c>).</summary>
    public string Version { get; private set; } = "";

    public static async Task<PostgresBench> StartAsync(string benchDir, TextWriter log)
    {
        var server = new PostgresBench(Path.Combine(Path.GetFullPath(benchDir), "postgres"), FreePort.Next(), log);
        await ScriptAsync("start", server.folder, server.port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await using var connection = new NpgsqlConnection(await server.UrlAsync("postgres"));
        await connection.OpenAsync();
        await using var version = new NpgsqlCommand("SELECT version()", connection);
        server.Version = (string)(await version.ExecuteScalarAsync())!;
        return server;
    }

    /// <summary>
    /// The dataset of <paramref name="sqliteFolder"/> on PostgreSQL, with a new empty store: Beryl in its own database
    /// (copied now unless a kept copy was made from the same spec), the dashboard's snapshots in another.
    /// </summary>
    public async Task<BenchTarget> TargetAsync(string sqliteFolder, DatasetSpec spec)
    {
        var name = spec.FolderName.Replace('-', '_').Replace('.', '_');
        var beryl = "beryl_" + name;
        var sidecar = Path.Combine(folder, "datasets", beryl);
        if (DatasetSpec.Load(sidecar) == spec)
            log.WriteLine($"PostgreSQL database {beryl}: kept");
        else
        {
            log.WriteLine($"PostgreSQL database {beryl}: copying {spec.FolderName}/beryl.db into it");
            await RecreateAsync(beryl, template: null);
            await PostgresCopy.LoadAsync(Path.Combine(sqliteFolder, "beryl.db"), await UrlAsync(beryl), log);
            Directory.CreateDirectory(sidecar);
            spec.Save(sidecar);
        }
        var dashboard = "dashboard_" + name;
        await RecreateAsync(dashboard, template: null);
        var dataFolder = sqliteFolder + "-postgres";
        Directory.CreateDirectory(dataFolder);
        return BenchTarget.PostgresDatabases(dataFolder, await UrlAsync(beryl), await UrlAsync(dashboard));
    }

    /// <summary>
    /// A copy of the target's Beryl database (<c>CREATE DATABASE ... TEMPLATE</c>, made again each run) with
    /// Beryl.Dashboard/BerylData/Django/optional-indexes.sql applied and analysed; the same store.
    /// </summary>
    public async Task<BenchTarget> WithOptionalIndexesAsync(BenchTarget target)
    {
        var beryl = new NpgsqlConnectionStringBuilder(target.BerylConnectionString).Database!;
        var indexed = beryl + "_indexes";
        await RecreateAsync(indexed, template: beryl);
        var url = await UrlAsync(indexed);
        await using (var connection = new NpgsqlConnection(url))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(await File.ReadAllTextAsync(OptionalIndexes.SqlFile()) + ";\nANALYZE;", connection)
                { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }
        log.WriteLine($"  copied {beryl} to {indexed} and applied {Path.GetFileName(OptionalIndexes.SqlFile())}");
        return BenchTarget.PostgresDatabases(target.DataFolder, url, target.Settings["ConnectionStrings:Dashboard"]!);
    }

    /// <summary>Drops a database (closing its connections) and creates it again, empty or from a template.</summary>
    private async Task RecreateAsync(string database, string? template)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(await UrlAsync("postgres"));
        await connection.OpenAsync();
        foreach (var sql in new[]
                 {
                     $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)",
                     $"CREATE DATABASE \"{database}\"" + (template is null ? "" : $" TEMPLATE \"{template}\""),
                 })
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }
    }

    private async Task<string> UrlAsync(string database) =>
        (await ScriptAsync("url", folder, port.ToString(System.Globalization.CultureInfo.InvariantCulture), database)).Trim();

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ScriptAsync("stop", folder);
    }

    private static async Task<string> ScriptAsync(params string[] args)
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory)
                   ?? throw new InvalidOperationException("The benchmark runs from the repository (it needs scripts/postgres.sh).");
        var info = new ProcessStartInfo(Path.Combine(root, "scripts", "postgres.sh"))
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"scripts/postgres.sh {args[0]} failed: {await error}");
        return await output;
    }
}
