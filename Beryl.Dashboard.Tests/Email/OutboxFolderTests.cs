using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Email;
using Beryl.Dashboard.Metrics.Store;
using MimeKit;
using static Beryl.Dashboard.Tests.Email.ReportWorld;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>With no SMTP host (the embedded default) the report is written to $BERYL_DATA_DIR/outbox.</summary>
public sealed class OutboxFolderTests
{
    [Fact]
    public async Task Without_an_SMTP_host_each_recipient_gets_an_eml_file_in_the_outbox()
    {
        await using var world = await CreateAsync();

        var summary = await world.Mailer.SendAsync(Day);

        var files = Directory.GetFiles(world.Outbox).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["daily-report-2026-03-24-alice@example.org.eml", "daily-report-2026-03-24-bob@example.org.eml"], files);
        Assert.Equal($"written to {Path.Combine(world.Outbox, files[0]!)}", summary.Delivered[0].Detail);
        foreach (var (file, recipient) in files.Zip([Alice, Bob]))
        {
            var message = await MimeMessage.LoadAsync(Path.Combine(world.Outbox, file!));
            Assert.Equal("Daily Metrics Report - 2026-03-24", message.Subject);
            Assert.Equal(recipient, Assert.Single(message.To.Mailboxes).Address);
            Assert.Contains("Total users 110 ↑ +10 (+10.0 %) · yesterday 100", MailText.Visible(message.HtmlBody));
            Assert.Contains("Daily Metrics Report - 2026-03-24", message.TextBody);
        }

        // Run again: the outbox counts as delivered, so nothing new is written.
        var again = await world.Mailer.SendAsync(Day);
        Assert.Equal(2, again.AlreadyDelivered.Count);
        Assert.Equal(2, Directory.GetFiles(world.Outbox).Length);
    }

    [Fact]
    public async Task A_report_mailed_during_the_day_does_not_stand_for_the_final_one()
    {
        await using var world = await CreateAsync();
        var store = world.Services.Get<SnapshotStore>();
        var final = (await store.LoadAsync([Day]))[Day];
        // The same day collected at noon (11:00 UTC in March), as collect-daily-metrics --send-email at noon would.
        var noon = (await store.LoadAsync([Day]))[Day];
        noon.IsProvisional = true;
        noon.CutOff = noon.CollectedAt = new DateTime(2026, 3, 24, 11, 0, 0, DateTimeKind.Utc);
        await store.SaveAsync(noon);

        var provisional = await world.Mailer.SendAsync(Day);
        await store.SaveAsync(final);
        var nightly = await world.Mailer.SendAsync(Day);
        var retry = await world.Mailer.SendAsync(Day);

        Assert.Equal([Alice, Bob], provisional.Delivered.Select(o => o.Recipient));
        Assert.Equal([Alice, Bob], nightly.Delivered.Select(o => o.Recipient));
        Assert.Equal([Alice, Bob], retry.AlreadyDelivered.Select(o => o.Recipient));
    }

    [Fact]
    public async Task Each_address_is_mailed_once_and_an_unusable_one_is_reported_without_failing_the_run()
    {
        await using var world = await CreateAsync();
        await using (var beryl = world.Services.Beryl())
        {
            beryl.Users.AddRange(
                new User { Email = " ALICE@example.org ", IsSuperuser = true, DateJoined = DateTime.UtcNow },
                new User { Email = "root", IsSuperuser = true, DateJoined = DateTime.UtcNow });
            await beryl.SaveChangesAsync();
        }

        var summary = await world.Mailer.SendAsync(Day);

        Assert.Equal([Alice, Bob], summary.Delivered.Select(o => o.Recipient));
        var unusable = Assert.Single(summary.InvalidAddresses);
        Assert.Equal("root", unusable.Recipient);
        Assert.Equal("Report of 2026-03-24: 2 delivered, 0 already delivered, 0 failed, 1 invalid addresses.", summary.Line);
        Assert.Equal(2, Directory.GetFiles(world.Outbox).Length);
    }

    [Fact]
    public async Task With_email_disabled_nothing_is_sent_or_written()
    {
        await using var world = await CreateAsync(new Dictionary<string, string?> { ["Email:Enabled"] = "false" });

        var summary = await world.Mailer.SendAsync(Day);

        Assert.False(world.Mailer.IsEnabled);
        Assert.True(summary.EmailDisabled);
        Assert.Empty(summary.Outcomes);
        Assert.False(Directory.Exists(world.Outbox));
    }

    [Fact]
    public async Task A_day_without_a_snapshot_is_refused_with_how_to_collect_it()
    {
        await using var world = await CreateAsync();

        var missing = await Assert.ThrowsAsync<MissingSnapshotException>(() => world.Mailer.SendAsync(Day.AddDays(-2)));

        Assert.Equal("No snapshot for 2026-03-22: collect it first (collect-daily-metrics --date 2026-03-22).", missing.Message);
        Assert.False(Directory.Exists(world.Outbox));
    }
}
