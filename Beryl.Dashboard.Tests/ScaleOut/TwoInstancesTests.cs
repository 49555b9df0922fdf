using System.Net;
using Beryl.Dashboard.Demo;
using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Tests.Support;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage;
using Microsoft.Playwright;
using Npgsql;

namespace Beryl.Dashboard.Tests.ScaleOut;

/// <summary>
/// Two dashboard instances (real processes on Kestrel, each with its own data folder, as on two machines)
/// sharing one PostgreSQL database for Beryl's data, the snapshots and Hangfire: the nightly job runs once,
/// the day has one snapshot, "Collect now" clicked on one instance shows on both pages, a session works on both,
/// and failed sign-ins count together.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly TestDataFolder seedFolder = new();
    private readonly TestDataFolder folderA = new();
    private readonly TestDataFolder folderB = new();
    private string connectionString = null!;
    private Dictionary<string, string> environment = null!;
    private RunningDashboard a = null!;
    private RunningDashboard b = null!;

    public async Task InitializeAsync()
    {
        connectionString = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__Dashboard"] = connectionString,
        };
        var seeded = await CliProcess.RunAsync(seedFolder.Path, ["seed-demo", "--days", "3"], environment);
        Assert.True(seeded.ExitCode == 0, seeded.Error);
        // Started together, as after a deployment: both migrate and register the nightly job at once.
        var started = await Task.WhenAll(RunningDashboard.StartAsync(folderA, environment), RunningDashboard.StartAsync(folderB, environment));
        (a, b) = (started[0], started[1]);
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
        foreach (var folder in new[] { seedFolder, folderA, folderB })
            folder.Dispose();
    }

    [Fact]
    public async Task The_nightly_collection_fires_once_across_both_instances()
    {
        var storage = HangfireStorage();
        var monitoring = storage.GetMonitoringApi();
        Assert.Equal(2, monitoring.Servers().Count);
        var yesterday = Zurich.Today().AddDays(-1);
        var before = await CollectedAtAsync(yesterday);

        // As if the last run was just before last midnight: the nightly job is overdue for both schedulers.
        var zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        var beforeMidnight = TimeZoneInfo.ConvertTimeToUtc(Zurich.Today().ToDateTime(TimeOnly.MinValue), zurich).AddSeconds(-1);
        using (var connection = storage.GetConnection())
        using (var due = connection.CreateWriteTransaction())
        {
            var at = Hangfire.Common.JobHelper.SerializeDateTime(beforeMidnight);
            due.SetRangeInHash($"recurring-job:{CollectMetricsJob.RecurringId}", [new("LastExecution", at), new("NextExecution", at)]);
            due.AddToSet("recurring-jobs", CollectMetricsJob.RecurringId, new DateTimeOffset(beforeMidnight).ToUnixTimeSeconds());
            due.Commit();
        }

        await HangfireWait.UntilAsync(() => NightlyRuns(monitoring).Succeeded == 1, "the nightly collection to succeed");
        // Several scheduler rounds of both instances (each polls every second) after the first run.
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Equal((1, 0), NightlyRuns(monitoring));
        var after = await CollectedAtAsync(yesterday);
        Assert.NotNull(after);
        Assert.True(after > before, $"The snapshot of {yesterday:yyyy-MM-dd} should be the nightly run's ({before} -> {after}).");
        Assert.Equal(1L, await ScalarAsync($"SELECT count(*) FROM \"Snapshots\" WHERE \"Day\" = '{yesterday:yyyy-MM-dd}'"));
    }

    [Fact]
    public async Task Collect_now_on_one_instance_is_seen_on_both_pages()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var pageA = await BrowserSignIn.MetricsPageAsync(browser, a.Url);
            var pageB = await BrowserSignIn.MetricsPageAsync(browser, b.Url);
            var before = await LastCollectionAsync(pageA);
            Assert.Equal(before, await LastCollectionAsync(pageB));

            // The collection will wait at its save for this lock: long enough to be seen running on both pages.
            await using (await PostgresTableLock.TakeAsync(connectionString, "Snapshots"))
            {
                await pageA.ClickAsync("[data-testid=collect-now]");
                // As long as the wait for the new snapshot below: under the whole suite's load, two instances, a browser
                // and PostgreSQL on two cores once took longer than 30 s to show the job.
                foreach (var (page, dashboard) in new[] { (pageA, a), (pageB, b) })
                    await ExplainedAsync(page, dashboard,
                        page.Locator("[data-testid=collect-progress]").WaitForAsync(new() { Timeout = 60_000 }));
                Assert.Equal(await JobLinkAsync(pageA), await JobLinkAsync(pageB));
                Assert.True(await pageB.Locator("[data-testid=collect-now]").IsDisabledAsync());
            }

            foreach (var (page, dashboard) in new[] { (pageA, a), (pageB, b) })
                await ExplainedAsync(page, dashboard, page.WaitForFunctionAsync(
                    "previous => document.querySelector('[data-testid=last-collection] strong')?.innerText !== previous",
                    before, new PageWaitForFunctionOptions { Timeout = 60_000 }));
            Assert.Equal(await LastCollectionAsync(pageA), await LastCollectionAsync(pageB));
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [Fact]
    public async Task A_session_signed_in_on_one_instance_is_valid_on_the_other()
    {
        // Cookies ignore the port: what A sets, the client also sends to B, as behind a load balancer.
        using var client = a.CreateSignInClient();
        await SignIn.SignInAsync(client, DemoSeeder.AdminEmail, DemoSeeder.AdminPassword);

        using var onB = await client.GetAsync($"{b.Url}/sys/metrics");

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("data-testid=\"metrics-page\"", await onB.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_sixth_failed_sign_in_is_refused_whichever_instance_it_reaches()
    {
        using var onA = a.CreateSignInClient();
        using var onB = b.CreateSignInClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            // Alternating, as a load balancer would spread them.
            using var refused = await SignIn.PostLoginAsync(attempt % 2 == 1 ? onA : onB, "guess@beryl.local", "wrong");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var sixthOnA = await SignIn.PostLoginAsync(onA, "guess@beryl.local", "wrong");
        using var sixthOnB = await SignIn.PostLoginAsync(onB, "guess@beryl.local", "wrong");

        Assert.Equal(HttpStatusCode.TooManyRequests, sixthOnA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sixthOnB.StatusCode);
    }

    /// <summary>A wait on a page that, when it times out, says what that page showed and what its app logged.</summary>
    private static async Task ExplainedAsync(IPage page, RunningDashboard dashboard, Task wait)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException timeout)
        {
            var shown = await page.Locator("[data-testid=metrics-page]").InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException(
                $"{timeout.Message}\n--- {page.Url} showed:\n{shown}\n--- its app logged:\n{dashboard.RecentLog}", timeout);
        }
    }

    private PostgreSqlStorage HangfireStorage()
    {
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    /// <summary>Jobs of the nightly collection that succeeded, and those queued, running, scheduled or failed.</summary>
    private static (int Succeeded, int Other) NightlyRuns(IMonitoringApi monitoring)
    {
        static bool Nightly(Hangfire.Common.Job? job) => job?.Method.Name == nameof(CollectMetricsJob.CollectEndedDayAsync);
        var succeeded = monitoring.SucceededJobs(0, 100).Count(j => Nightly(j.Value.Job));
        var other = monitoring.EnqueuedJobs("default", 0, 100).Count(j => Nightly(j.Value.Job))
                    + monitoring.ProcessingJobs(0, 100).Count(j => Nightly(j.Value.Job))
                    + monitoring.ScheduledJobs(0, 100).Count(j => Nightly(j.Value.Job))
                    + monitoring.FailedJobs(0, 100).Count(j => Nightly(j.Value.Job));
        return (succeeded, other);
    }

    private async Task<DateTime?> CollectedAtAsync(DateOnly day) =>
        (DateTime?)await ScalarAsync($"SELECT \"CollectedAt\" FROM \"Snapshots\" WHERE \"Day\" = '{day:yyyy-MM-dd}'");

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private static async Task<string> LastCollectionAsync(IPage page) =>
        await page.Locator("[data-testid=last-collection] strong").InnerTextAsync();

    private static async Task<string?> JobLinkAsync(IPage page) =>
        await page.Locator("[data-testid=collect-progress] a").GetAttributeAsync("href");
}
