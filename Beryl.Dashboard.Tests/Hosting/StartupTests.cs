using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Hosting;

[Collection(AppCollection.Name)]
public sealed class StartupTests
{
    [Fact]
    public async Task The_app_migrates_both_databases_in_its_data_folder_at_start()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateClient();

        await client.GetAsync("/");

        Assert.True(File.Exists(app.Folder.File("beryl.db")));
        Assert.True(File.Exists(app.Folder.File("dashboard.db")));
    }
}
