using Beryl.Dashboard.Tests.Support;
using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>
/// Refused input to the real executable, on a first run (the data folder does not exist yet, as ./data after a fresh
/// clone): one line, exit 2, and no data folder, no database created. A command that only reads or only writes a
/// file of its own creates none either.
/// </summary>
public sealed class RefusedInputWritesNothingTests : IDisposable
{
    private readonly TestDataFolder parent = new();
    private string DataFolder => Path.Combine(parent.Path, "data");

    public void Dispose() => parent.Dispose();

    public static TheoryData<string[], string> Refused => new()
    {
        { ["collect-daily-metrics", "--date", "2999-01-01"], "--date: 2999-01-01 is in the future (today is " },
        { ["collect-daily-metrics", "--from", "2026-11-01", "--to", "2999-01-01"], "--to: 2999-01-01 is in the future (today is " },
        { ["collect-daily-metrics", "--from", "2020-01-01", "--to", "2020-01-05"], "--from: 2020-01-01 is more than Metrics:RetentionDays (365) days ago" },
        { ["view-metrics", "--date", "2999-01-01"], "--date: 2999-01-01 is in the future (today is " },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refused_input_is_one_line_exit_2_and_creates_no_data_folder(string[] args, string start)
    {
        var run = await CliProcess.RunAsync(DataFolder, args);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(start, line);
        if (line.Contains("in the future", StringComparison.Ordinal))
            Assert.EndsWith(" in Europe/Zurich).", line);
        Assert.False(Directory.Exists(DataFolder), $"{string.Join(' ', args)} created the data folder");
    }

    [Fact]
    public async Task Viewing_before_any_collection_says_so_and_creates_nothing()
    {
        var run = await CliProcess.RunAsync(DataFolder, "view-metrics");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("No snapshot yet. Collect one with: collect-daily-metrics", Assert.Single(run.ErrorLines));
        Assert.False(Directory.Exists(DataFolder));
    }

    [Fact]
    public async Task A_day_past_the_retention_offers_no_command_that_would_be_refused()
    {
        var run = await CliProcess.RunAsync(DataFolder, "view-metrics", "--date", "2025-01-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("No snapshot for 2025-01-01: it is more than Metrics:RetentionDays (365) days ago, so none is kept.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Exporting_the_grafana_dashboard_touches_no_database()
    {
        var output = Path.Combine(parent.Path, "grafana.json");

        var run = await CliProcess.RunAsync(DataFolder, "export-grafana", "--output", output);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(output));
        Assert.False(Directory.Exists(DataFolder));
    }
}
