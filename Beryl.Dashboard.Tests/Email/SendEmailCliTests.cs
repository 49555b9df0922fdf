using System.Text.RegularExpressions;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Email;

/// <summary><c>collect-daily-metrics --send-email</c> through the real executable, mailing a real SMTP server.</summary>
public sealed class SendEmailCliTests : IDisposable
{
    private const string Admin = "admin@beryl.local";
    private const string Ops = "ops@beryl.local";
    private const string Retired = "retired@beryl.local";

    private readonly TestDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string YesterdayInZurich() =>
        Zurich.Today().AddDays(-1).ToString("yyyy-MM-dd");

    /// <summary>The demo Beryl (its superusers are admin@ and ops@) plus a superuser who has left.</summary>
    private async Task SeedAsync()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(folder.Path, "seed-demo", "--days", "3")).ExitCode);
        var options = new DbContextOptionsBuilder<BerylDbContext>().UseSqlite($"Data Source={folder.File("beryl.db")};Pooling=False").Options;
        await using var beryl = new BerylDbContext(options);
        beryl.Users.Add(new User { Email = Retired, IsSuperuser = true, IsActive = false, DateJoined = DateTime.UtcNow.AddYears(-1) });
        await beryl.SaveChangesAsync();
    }

    private Task<CliRun> CollectAndSendAsync(string day, TestSmtpServer smtp) => CliProcess.RunAsync(folder.Path,
        ["collect-daily-metrics", "--date", day, "--send-email"],
        new Dictionary<string, string> { ["Email__Host"] = "127.0.0.1", ["Email__Port"] = smtp.Port.ToString() });

    [Fact]
    public async Task Collecting_with_send_email_mails_the_report_to_every_active_superuser()
    {
        await SeedAsync();
        await using var smtp = await TestSmtpServer.StartedAsync();
        var day = YesterdayInZurich();

        var run = await CollectAndSendAsync(day, smtp);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Collected {day}: ", run.Output);
        Assert.Contains($"  delivered         {Admin}: accepted by 127.0.0.1:{smtp.Port}\n", run.Output);
        Assert.Contains($"  delivered         {Ops}: accepted by 127.0.0.1:{smtp.Port}\n", run.Output);
        Assert.EndsWith($"Report of {day}: 2 delivered, 0 already delivered, 0 failed.\n", run.Output);
        Assert.Equal("", run.Error);
        Assert.Empty(smtp.ReceivedBy(Retired));
        foreach (var recipient in new[] { Admin, Ops })
        {
            var message = Assert.Single(smtp.ReceivedBy(recipient));
            Assert.Equal($"Daily Metrics Report - {day}", message.Subject);
            Assert.Contains("Summary Total users", MailText.Visible(message.HtmlBody));
            Assert.Contains("SUMMARY\n  Total users", message.TextBody);
        }
    }

    [Fact]
    public async Task A_refused_recipient_makes_the_command_fail_and_running_it_again_mails_only_them()
    {
        await SeedAsync();
        await using var smtp = await TestSmtpServer.StartedAsync();
        smtp.Refuse(Ops);
        var day = YesterdayInZurich();

        var failed = await CollectAndSendAsync(day, smtp);

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"  FAILED            {Ops}: ", failed.Output);
        Assert.Equal([$"Report of {day}: 1 delivered, 0 already delivered, 1 failed."], failed.ErrorLines);
        // The failure is told once, on its recipient's line: no log line, no repeat in the summary.
        Assert.Single(Regex.Matches(failed.Output + failed.Error, Regex.Escape(Ops)));
        Assert.Single(smtp.ReceivedBy(Admin));

        smtp.Accept(Ops);
        var retried = await CollectAndSendAsync(day, smtp);

        Assert.Equal(0, retried.ExitCode);
        Assert.Contains($"  already delivered {Admin}: already delivered at ", retried.Output);
        Assert.EndsWith($"Report of {day}: 1 delivered, 1 already delivered, 0 failed.\n", retried.Output);
        Assert.Single(smtp.ReceivedBy(Admin));
        Assert.Single(smtp.ReceivedBy(Ops));
    }
}
