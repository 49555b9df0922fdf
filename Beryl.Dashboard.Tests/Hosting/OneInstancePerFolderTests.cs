using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Hosting;

/// <summary>A second web instance on a data folder another one serves is refused in one line; the first keeps serving.</summary>
[Collection(AppCollection.Name)]
public sealed class OneInstancePerFolderTests
{
    [Fact]
    public async Task A_second_instance_on_the_same_data_folder_is_refused_in_one_line()
    {
        using var folder = new TestDataFolder();
        await using var first = await RunningDashboard.StartAsync(folder, new Dictionary<string, string>());

        var second = await CliProcess.RunAsync(folder.Path, ["--urls", $"http://127.0.0.1:{FreePort.Next()}"], null);

        Assert.Equal(2, second.ExitCode);
        Assert.Equal($"Another dashboard already serves the data folder {folder.Path} (it holds instance.lock): run one instance per " +
                     "data folder; stop the other, or give this one its own BERYL_DATA_DIR.", Assert.Single(second.ErrorLines));
        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync($"{first.Url}/health")).StatusCode);
    }
}
