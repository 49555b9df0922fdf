using System.Net;
using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using Hangfire;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// "Collect now" asked twenty times at once over HTTP (<c>POST /sys/metrics/collect-now</c>, what the page's button
/// does): every request is answered, all with the same job, and one collection makes one snapshot.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CollectNowRequestsTests : IAsyncLifetime
{
    private const string TokenField = "__RequestVerificationToken";
    private readonly DashboardAppFactory app = new();
    private JobStorage storage = default!;

    public Task InitializeAsync()
    {
        storage = app.StartWithJobs();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Twenty_requests_at_once_are_all_accepted_with_one_job_and_one_snapshot_results()
    {
        using var admin = await SignIn.AdminClientAsync(app);
        var token = (await SignIn.HiddenFieldsAsync(admin, "/sys/metrics"))[TokenField];

        // Hold dashboard.db's write lock so the first collection cannot finish (it waits to save) while the
        // other requests arrive: "one job" means one while it runs; an empty Beryl is collected in a blink.
        HttpResponseMessage[] responses;
        await using (await WriteLock.HoldAsync(app.Folder.File("dashboard.db")))
            responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostAsync(admin, token)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var body = Assert.Single(bodies.Distinct());
        Assert.Equal("{\"jobId\":\"1\"}", body);
        Assert.All(responses, r => Assert.Equal("/hangfire/jobs/details/1", r.Headers.Location?.ToString()));

        await HangfireWait.SucceededAsync(storage, "1");
        // A worker marks its job Succeeded before it lets go of the job's queue entry: wait for that too, so the
        // count below sees the queue as it stays, not the moment between the two.
        var monitoring = storage.GetMonitoringApi();
        await HangfireWait.UntilAsync(() => monitoring.FetchedCount("default") == 0, "the worker to release job 1's queue entry");
        // One collection: the only job Hangfire has, in any state.
        Assert.Equal(1, monitoring.SucceededListCount());
        Assert.Equal(0, monitoring.EnqueuedCount("default") + monitoring.FetchedCount("default") + monitoring.ProcessingCount()
                        + monitoring.ScheduledCount() + monitoring.FailedCount() + monitoring.DeletedListCount());
        var snapshots = await app.Services.GetRequiredService<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue);
        Assert.True(Assert.Single(snapshots).IsProvisional);
    }

    [Fact]
    public async Task Without_the_antiforgery_token_an_admin_request_is_refused_and_starts_nothing()
    {
        using var admin = await SignIn.AdminClientAsync(app);

        using var response = await admin.PostAsync(CollectNowEndpoint.Path, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, storage.GetMonitoringApi().EnqueuedCount("default"));
        Assert.Equal(CollectNowState.Idle, app.Services.GetRequiredService<CollectNowService>().Read());
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in_and_non_admins_are_forbidden()
    {
        using var anonymous = app.CreateSignInClient();
        using var member = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, "member@beryl.test", superuser: false);
        await SignIn.SignInAsync(member, "member@beryl.test", TestUsers.Password);

        using var anonymousAnswer = await anonymous.PostAsync(CollectNowEndpoint.Path, null);
        using var memberAnswer = await member.PostAsync(CollectNowEndpoint.Path, null);

        Assert.Equal(HttpStatusCode.Redirect, anonymousAnswer.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fsys%2Fmetrics%2Fcollect-now", anonymousAnswer.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, memberAnswer.StatusCode);
        Assert.Equal(CollectNowState.Idle, app.Services.GetRequiredService<CollectNowService>().Read());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, CollectNowEndpoint.Path);
        request.Headers.Add("RequestVerificationToken", token);
        return client.SendAsync(request);
    }
}
