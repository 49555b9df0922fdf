using System.Diagnostics;
using Npgsql;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL from Debian's packages (scripts/postgres.sh, as <c>make run-postgres</c> uses) on
/// 127.0.0.1 and a free port, in a temporary folder that goes when it stops.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly Lazy<Task<PostgresServer>> shared = new(StartAsync);
    private static int databases;

    private readonly string folder;
    private readonly string adminConnectionString;

    public int Port { get; }

    private PostgresServer(string folder, int port, string adminConnectionString)
    {
        this.folder = folder;
        Port = port;
        this.adminConnectionString = adminConnectionString;
    }

    /// <summary>The server the whole test run shares (one database per test); the script stops it when the run ends.</summary>
    public static Task<PostgresServer> SharedAsync() => shared.Value;

    /// <summary>A server of the test's own, for tests that stop it.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        // Not under a CreateTempSubdirectory folder: those are 0700, and the server runs as `postgres`.
        var folder = Path.Combine(Path.GetTempPath(), $"beryl-pg-{Guid.NewGuid():N}");
        var port = FreePort.Next();
        // With this process's id the script stops the server and deletes its folder once the test run is over.
        await ScriptAsync("start", folder, port.ToString(), Environment.ProcessId.ToString());
        var admin = (await ScriptAsync("url", folder, port.ToString(), "postgres")).Trim();
        return new PostgresServer(folder, port, admin);
    }

    /// <summary>A new, empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"beryl_test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}";
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server: <c>fast</c> ends sessions cleanly, <c>immediate</c> is a crash.</summary>
    public Task StopAsync(string mode = "fast") => ScriptAsync("stop", folder, mode);

    public Task StartAgainAsync() => ScriptAsync("start", folder, Port.ToString());

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await StopAsync(); }
        catch (InvalidOperationException) { /* already stopped by the test */ }
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<string> ScriptAsync(params string[] args)
    {
        var info = new ProcessStartInfo(RepositoryPaths.File("scripts", "postgres.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var script = Process.Start(info)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var error = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();
        if (script.ExitCode != 0)
            throw new InvalidOperationException($"scripts/postgres.sh {string.Join(' ', args)} failed: {await error}");
        return await output;
    }
}
