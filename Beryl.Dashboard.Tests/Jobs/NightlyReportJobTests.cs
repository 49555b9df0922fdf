using Beryl.Dashboard.Jobs;
using Beryl.Dashboard.Tests.Email;
using Beryl.Dashboard.Tests.Support;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Jobs;

/// <summary>
/// The nightly collection followed by the report, through Hangfire's real storage and server, to a real SMTP
/// server that is down when the report is first sent.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class NightlyReportJobTests
{
    [Fact]
    public async Task With_the_mail_server_down_the_report_job_fails_is_retried_and_each_superuser_gets_one_message()
    {
        await using var smtp = new TestSmtpServer();
        await using var app = new DashboardAppFactory();
        foreach (var (key, value) in smtp.Settings)
            app.Settings[key] = value;
        var storage = app.StartWithJobs();
        await TestUsers.AddAsync(app.Services, "ada@beryl.test");
        await TestUsers.AddAsync(app.Services, "grace@beryl.test");
        await TestUsers.AddAsync(app.Services, "member@beryl.test", superuser: false);

        var collection = app.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(CollectMetricsJob.RecurringId);
        await HangfireWait.SucceededAsync(storage, collection!);

        // The report job was queued by the collection; with nothing listening it fails and waits for a retry.
        var report = await WaitForRetryOfAsync<SendDailyReportJob>(storage);
        Assert.Empty(smtp.Received);

        await smtp.StartAsync();
        app.Services.GetRequiredService<IBackgroundJobClient>().Requeue(report);
        await HangfireWait.SucceededAsync(storage, report);

        var yesterday = Zurich.Today().AddDays(-1);
        Assert.Equal($"Daily Metrics Report - {yesterday:yyyy-MM-dd}", Assert.Single(smtp.ReceivedBy("ada@beryl.test")).Subject);
        Assert.Single(smtp.ReceivedBy("grace@beryl.test"));
        Assert.Equal(2, smtp.Received.Count);
    }

    /// <summary>The id of the first job of <typeparamref name="TJob"/> that failed and is scheduled for a retry.</summary>
    private static async Task<string> WaitForRetryOfAsync<TJob>(JobStorage storage)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var scheduled = storage.GetMonitoringApi().ScheduledJobs(0, 50)
                .FirstOrDefault(j => j.Value.Job?.Type == typeof(TJob));
            if (scheduled.Key is not null)
            {
                using var connection = storage.GetConnection();
                Assert.StartsWith("Retry attempt 1 of 4", connection.GetStateData(scheduled.Key).Reason);
                return scheduled.Key;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No {typeof(TJob).Name} was scheduled for a retry.");
    }
}
