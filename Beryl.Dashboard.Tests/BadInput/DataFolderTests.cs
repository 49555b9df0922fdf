using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>
/// A data folder that cannot be used: BERYL_DATA_DIR under a plain file, so no folder can be made there (a
/// permission test would not do: the tests may run as root, whom permissions do not stop).
/// </summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly TestDataFolder folder = new();

    private string Unusable => Path.Combine(folder.File("not-a-folder"), "data");

    public DataFolderTests() => File.WriteAllText(folder.File("not-a-folder"), "a file, not a folder\n");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("collect-daily-metrics")]
    [InlineData("seed-demo", "--days", "1")]
    [InlineData("--urls", "http://127.0.0.1:0")] // the web app
    public async Task An_unusable_data_folder_stops_with_exit_code_2_and_one_line_naming_the_setting(params string[] args)
    {
        var run = await CliProcess.RunAsync(Unusable, args, null);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"Invalid setting BERYL_DATA_DIR: the data folder '{Unusable}' cannot be written (", Assert.Single(run.ErrorLines));
        Assert.Equal(["not-a-folder"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }
}
