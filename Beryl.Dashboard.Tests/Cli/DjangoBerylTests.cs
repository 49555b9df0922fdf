using System.Security.Cryptography;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Tests.Cli;

/// <summary>
/// A Beryl database made by Django's migrations (the DDL in BerylData/Django), named by ConnectionStrings:Beryl:
/// the dashboard does not read Django's tables yet, and says so in one line instead of a stack trace, writing
/// nothing to that file and storing no snapshot.
/// </summary>
public sealed class DjangoBerylTests : IDisposable
{
    private readonly TestDataFolder data = new();
    private readonly TestDataFolder beryl = new();

    public void Dispose()
    {
        data.Dispose();
        beryl.Dispose();
    }

    [Fact]
    public async Task Collecting_from_a_Django_Beryl_is_one_line_and_leaves_its_file_untouched()
    {
        var file = beryl.File("db.sqlite3");
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var ddl = connection.CreateCommand();
            ddl.CommandText = await File.ReadAllTextAsync(RepositoryPaths.File("Beryl.Dashboard", "BerylData", "Django", "schema-sqlite.sql"));
            await ddl.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        var before = SHA256.HashData(await File.ReadAllBytesAsync(file));

        var run = await CliProcess.RunAsync(data.Path, ["collect-daily-metrics"],
            new Dictionary<string, string> { ["ConnectionStrings__Beryl"] = $"Data Source={file}" });
        var view = await CliProcess.RunAsync(data.Path, "view-metrics");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"Beryl's database has no table \"Collections\": the dashboard expects {BerylSchema.ExpectedVersion}; nothing was read or stored."], run.ErrorLines);
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(file)));
        Assert.Equal(["db.sqlite3"], Directory.GetFiles(beryl.Path).Select(Path.GetFileName));
        Assert.Contains("No snapshot", view.Output + view.Error);
    }
}
