using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>No PostgreSQL where the settings point: the real CLI says so in one line and exits 1, worth a retry.</summary>
public sealed class PostgresUnreachableTests
{
    [Fact]
    public async Task A_collection_with_no_server_listening_fails_in_one_line()
    {
        using var folder = new TestDataFolder();
        var nobody = FreePort.Next();

        var run = await CliProcess.RunAsync(folder.Path, ["collect-daily-metrics"], new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Dashboard"] = $"Host=127.0.0.1;Port={nobody};Database=beryl_dashboard;Username=beryl;Password=x",
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["The dashboard database is unreachable (Connection refused): nothing was done."], run.ErrorLines);
        Assert.Equal("", run.Output);
    }
}
