using Beryl.Dashboard.Email;
using Beryl.Dashboard.Tests.Email;
using static Beryl.Dashboard.Tests.Email.ReportWorld;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// A mail server that accepts the connection and then never answers: the run gives up after
/// <c>Email:TimeoutSeconds</c> (2 s here, 60 s by default) with the reason for every recipient, instead of holding
/// the job forever; the retry, once a working server is there, mails each recipient once.
/// </summary>
public sealed class SmtpTimeoutTests
{
    [Fact]
    public async Task A_server_that_never_answers_fails_the_run_after_the_timeout_and_the_retry_mails_each_recipient_once()
    {
        await using var smtp = new TestSmtpServer();
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Email:TimeoutSeconds"] = "2" };
        await using var world = await CreateAsync(settings);

        ReportDeliveryException hung;
        using (var silent = new SilentSmtpServer(smtp.Port))
        {
            // The guard only stops a hang from hanging the test run; the mailer's own timeout is what ends it.
            hung = await Assert.ThrowsAsync<ReportDeliveryException>(() => world.Mailer.SendAsync(Day).WaitAsync(TimeSpan.FromMinutes(1)));
            Assert.Equal(1, silent.Connections);
        }

        Assert.Equal([Alice, Bob], hung.Summary.Failed.Select(f => f.Recipient));
        Assert.All(hung.Summary.Failed, f => Assert.Equal(
            $"cannot use the SMTP server 127.0.0.1:{smtp.Port}: Operation timed out after 2000 milliseconds", f.Detail));

        // Hangfire's retry, once the server works again.
        await smtp.StartAsync();
        var retried = await world.Mailer.SendAsync(Day);

        Assert.Equal([Alice, Bob], retried.Delivered.Select(o => o.Recipient));
        Assert.Single(smtp.ReceivedBy(Alice));
        Assert.Single(smtp.ReceivedBy(Bob));
    }
}
