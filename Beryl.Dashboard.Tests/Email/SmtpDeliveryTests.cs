using Beryl.Dashboard.Email;
using Beryl.Dashboard.Metrics;
using static Beryl.Dashboard.Tests.Email.ReportWorld;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>The report mailed through a real SMTP server in the test process.</summary>
public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task Each_active_superuser_gets_one_message_of_their_own_with_the_report()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        await using var world = await CreateAsync(smtp.Settings);

        var summary = await world.Mailer.SendAsync(Day);

        Assert.Equal([Alice, Bob], summary.Delivered.Select(o => o.Recipient));
        Assert.Equal(2, smtp.Received.Count);
        Assert.Empty(smtp.ReceivedBy(Retired));
        Assert.Empty(smtp.ReceivedBy(Member));
        foreach (var recipient in new[] { Alice, Bob })
        {
            var message = Assert.Single(smtp.ReceivedBy(recipient));
            Assert.Equal(recipient, Assert.Single(message.To.Mailboxes).Address);
            Assert.Equal("Daily Metrics Report - 2026-03-24", message.Subject);
            Assert.Equal("metrics@beryl.local", Assert.Single(message.From.Mailboxes).Address);
        }

        var mail = smtp.ReceivedBy(Alice)[0];
        var html = MailText.Visible(mail.HtmlBody);
        Assert.Contains("Snapshot of 2026-03-24, collected 2026-03-25 00:02 in 1.234 s", html);
        // The summary: total users with yesterday's figure, active users, collections, items, storage in human units.
        // Only alerts are marked: +10 % on yesterday passed the warning threshold but is not one of the alerts.
        Assert.Contains("Total users 110 ↑ +10 (+10.0 %) · yesterday 100", html);
        Assert.Contains("Active users (24h) 40 = no change · yesterday 40", html);
        Assert.Contains("Total collections 12 ↑ +12 (new) · yesterday 0", html);
        Assert.Contains("Total items 500 ↓ -10 (-2.0 %) · yesterday 510", html);
        Assert.Contains("Storage used 1.5 GB ↑ +512.0 MB (+50.0 %) !! · yesterday 1.0 GB", html);
        // The alerts, worst first, each with its reason: two snapshots before are too little history, so the
        // thresholds and the minimum decided (orphaned files +1 is below the minimum change of 5).
        const string tooShort = "of history, too few to know what is usual (14 needed): judged by the 25 % threshold";
        Assert.Contains("Alerts (3) " +
            $"CRITICAL Storage used vs yesterday only 1 day {tooShort} alone ↑ +512.0 MB (+50.0 %) !! " +
            $"CRITICAL Total users vs 7 days only 2 days {tooShort} and the minimum change of 5 alone ↑ +30 (+37.5 %) !! " +
            $"CRITICAL Total items vs 7 days only 2 days {tooShort} and the minimum change of 5 alone ↑ +100 (+25.0 %) !! ", html);
        // Every category, each with its columns; changes in the rows.
        foreach (var category in Enum.GetValues<MetricCategory>())
            Assert.Contains($"{category.Title()} Metric Current vs Yesterday vs 7 Days", html);
        Assert.Contains("Total users 110 ↑ +10 (+10.0 %) ↑ +30 (+37.5 %) !!", html);
        Assert.Contains("Orphaned files 6 ↑ +1 (+20.0 %) N/A", html);
        Assert.Contains("Items by type (3 types) · Book 300 = no change N/A", html);
        // Colours by polarity, as on the page: fewer items is bad news, more users good, more storage neither.
        var markup = MailText.Decoded(mail.HtmlBody);
        Assert.Contains("color:#15803d;\">↑ +10 (+10.0 %)</span>", markup);
        Assert.Contains("color:#b91c1c;\">↓ -10 (-2.0 %)</span>", markup);
        Assert.Contains("color:#6b7280;font-weight:bold;\">↑ +512.0 MB (+50.0 %)</span>", markup);
        Assert.Contains("! warning, !! critical: an alert, a change of at least 10 % (25 % for critical) that is unusual for its metric, listed with its reason under the alerts. A change past a threshold that its metric often makes is not marked.", html);
        Assert.Contains("href=\"http://localhost:5080/sys/metrics?date=2026-03-24\"", markup);

        // The plain-text part says the same.
        var text = mail.TextBody;
        Assert.Matches(@"Total users\s+110\s+↑ \+10 \(\+10\.0 %\)\s+yesterday 100\n", text);
        Assert.Matches(@"Storage used\s+1\.5 GB\s+↑ \+512\.0 MB \(\+50\.0 %\) !!\s+yesterday 1\.0 GB\n", text);
        Assert.Matches(@"CRITICAL\s+Total users vs 7 days\s+↑ \+30 \(\+37\.5 %\) !!\s+only 2 days of history, [^\n]+ alone\n", text);
        Assert.Matches(@"Total users\s+110\s+↑ \+10 \(\+10\.0 %\)\s+↑ \+30 \(\+37\.5 %\) !!\n", text);
        foreach (var category in Enum.GetValues<MetricCategory>())
            Assert.Contains($"\n{category.Title().ToUpperInvariant()}\n", text);
        Assert.Contains("Dashboard: http://localhost:5080/sys/metrics?date=2026-03-24", text);
    }

    [Fact]
    public async Task A_server_that_is_down_fails_the_run_and_the_retry_mails_each_recipient_once()
    {
        await using var smtp = new TestSmtpServer();
        await using var world = await CreateAsync(smtp.Settings);

        var down = await Assert.ThrowsAsync<ReportDeliveryException>(() => world.Mailer.SendAsync(Day));

        Assert.Equal([Alice, Bob], down.Summary.Failed.Select(f => f.Recipient));
        Assert.Contains($"cannot use the SMTP server 127.0.0.1:{smtp.Port}", down.Message);
        Assert.Contains(Alice, down.Message);
        Assert.Contains(Bob, down.Message);

        // Hangfire's retry, once the server is up.
        await smtp.StartAsync();
        var retried = await world.Mailer.SendAsync(Day);
        Assert.Equal([Alice, Bob], retried.Delivered.Select(o => o.Recipient));

        // A further run (say the job is triggered again) mails nobody.
        var again = await world.Mailer.SendAsync(Day);
        Assert.Empty(again.Delivered);
        Assert.Equal([Alice, Bob], again.AlreadyDelivered.Select(o => o.Recipient));

        Assert.Single(smtp.ReceivedBy(Alice));
        Assert.Single(smtp.ReceivedBy(Bob));
    }

    [Fact]
    public async Task A_refused_recipient_fails_the_run_and_the_retry_mails_only_them()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        await using var world = await CreateAsync(smtp.Settings);
        // Alice comes first, so Bob's message also proves that the session goes on after a refusal.
        smtp.Refuse(Alice);

        var partial = await Assert.ThrowsAsync<ReportDeliveryException>(() => world.Mailer.SendAsync(Day));

        var failed = Assert.Single(partial.Summary.Failed);
        Assert.Equal(Alice, failed.Recipient);
        Assert.StartsWith($"The report of 2026-03-24 was not delivered to 1 of 2 recipients: {Alice} (", partial.Message);
        Assert.DoesNotContain(Bob, partial.Message);
        Assert.Empty(smtp.ReceivedBy(Alice));
        Assert.Single(smtp.ReceivedBy(Bob));

        smtp.Accept(Alice);
        var retried = await world.Mailer.SendAsync(Day);

        Assert.Equal(Alice, Assert.Single(retried.Delivered).Recipient);
        Assert.Equal(Bob, Assert.Single(retried.AlreadyDelivered).Recipient);
        Assert.Single(smtp.ReceivedBy(Alice));
        Assert.Single(smtp.ReceivedBy(Bob));
    }

    [Fact]
    public async Task A_retry_carries_the_same_message_id_and_each_recipient_has_their_own()
    {
        await using var smtp = await TestSmtpServer.StartedAsync();
        await using var world = await CreateAsync(smtp.Settings);
        smtp.Refuse(Bob);
        await Assert.ThrowsAsync<ReportDeliveryException>(() => world.Mailer.SendAsync(Day));
        var refusedId = world.Services.Get<ReportMessageFactory>()
            .Create(new ReportEmail(Day, "", "", ""), Bob).MessageId;

        smtp.Accept(Bob);
        await world.Mailer.SendAsync(Day);

        Assert.Equal(refusedId, smtp.ReceivedBy(Bob)[0].MessageId);
        Assert.NotEqual(smtp.ReceivedBy(Alice)[0].MessageId, smtp.ReceivedBy(Bob)[0].MessageId);
        Assert.EndsWith("@beryl.local", smtp.ReceivedBy(Alice)[0].MessageId);
    }
}
