using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>
/// A Beryl without a table the dashboard reads: the metrics page says so in the same line as the CLI. The check is
/// asked again at most once a minute, so the test moves the app's clock.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BerylProblemPageTests : IAsyncLifetime
{
    private readonly ClockedAppFactory app = new();
    private HttpClient admin = null!;

    public async Task InitializeAsync() => admin = await SignIn.AdminClientAsync(app);

    public async Task DisposeAsync()
    {
        admin.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_page_names_the_missing_table_within_a_minute()
    {
        var before = await admin.GetStringAsync("/sys/metrics");
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<BerylDbContext>>().CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE post_office_email");
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var after = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/sys/metrics"));

        Assert.DoesNotContain("data-testid=\"beryl-problem\"", before);
        Assert.Contains($"Beryl's database has no table \"post_office_email\": the dashboard expects {BerylSchema.ExpectedVersion}. " +
                        "Collections fail until it is fixed.", after);
        Assert.Equal($"Beryl's database has no table \"post_office_email\": the dashboard expects {BerylSchema.ExpectedVersion}.",
            await app.Services.GetRequiredService<BerylSchemaStatus>().ProblemAsync());
    }
}
