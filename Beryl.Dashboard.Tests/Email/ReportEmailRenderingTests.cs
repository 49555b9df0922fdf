using Beryl.Dashboard.Email;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using static Beryl.Dashboard.Tests.Email.ReportWorld;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>The email's markup: safe for mail clients, and every value encoded.</summary>
public sealed class ReportEmailRenderingTests
{
    private static async Task<ReportEmail> RenderAsync(ReportWorld world)
    {
        var report = await world.Services.Get<ReportBuilder>().BuildAsync(Day);
        return await world.Services.Get<ReportEmailRenderer>().RenderAsync(report!);
    }

    [Fact]
    public async Task Hostile_item_type_names_are_encoded_in_the_html_and_kept_in_the_text()
    {
        await using var world = await CreateAsync();

        var email = await RenderAsync(world);

        Assert.DoesNotContain("<script", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", email.Html);
        Assert.Contains("&quot;quotes&quot; &amp; ", email.Html);
        var seen = MailText.Visible(email.Html);
        Assert.Contains($"· {HostileType} 150 ↓ -10 (", seen);
        Assert.Contains($"· {QuotedType} 50 = no change N/A", seen);
        Assert.Matches(@"  · <script>alert\(1\)</script>\s+150\s+↓ -10 \(", email.Text);
        Assert.Matches(@"  · ""quotes"" & ümlauts 🎉\s+50\s+= no change\s+N/A\n", email.Text);
    }

    [Fact]
    public async Task The_html_is_one_self_contained_document_of_tables_and_inline_styles()
    {
        await using var world = await CreateAsync();

        var email = await RenderAsync(world);

        Assert.StartsWith("<!DOCTYPE html>", email.Html);
        Assert.Contains("max-width:680px", email.Html);
        Assert.DoesNotContain("<style", email.Html);
        Assert.DoesNotContain("<link", email.Html);
        Assert.DoesNotContain("class=", email.Html);
        // Every text colour is set, and so is every background behind text.
        Assert.Contains("<body style=\"margin:0;padding:0;background-color:#f3f4f6;\">", email.Html);
    }

    [Fact]
    public async Task The_link_and_the_legend_come_from_the_settings()
    {
        await using var world = await CreateAsync(new Dictionary<string, string?>
        {
            ["Email:PublicBaseUrl"] = "https://metrics.example.org/",
            ["Metrics:AlertThresholdWarning"] = "15",
            ["Metrics:AlertThresholdCritical"] = "40",
        });

        var email = await RenderAsync(world);

        Assert.Contains("href=\"https://metrics.example.org/sys/metrics?date=2026-03-24\"", email.Html);
        Assert.Contains("Dashboard: https://metrics.example.org/sys/metrics?date=2026-03-24", email.Text);
        const string legend = "! warning, !! critical: an alert, a change of at least 15 % (40 % for critical) that is unusual for its metric";
        Assert.Contains(legend, MailText.Visible(email.Html));
        Assert.Contains(legend, email.Text);
        // With these thresholds +10 % is no longer an alert, +37.5 % only a warning.
        Assert.Contains("Total users 110 ↑ +10 (+10.0 %) ↑ +30 (+37.5 %) ! Active users (24h)", MailText.Visible(email.Html));
    }

    [Fact]
    public async Task A_provisional_snapshot_says_so_and_the_collection_time_is_shown()
    {
        await using var world = await CreateAsync();
        var store = world.Services.Get<SnapshotStore>();
        var today = (await store.LoadAsync([Day]))[Day];
        today.IsProvisional = true;
        await store.SaveAsync(today);

        var email = await RenderAsync(world);

        const string note = "Provisional: the day was not over when this snapshot was taken; the nightly collection replaces it.";
        Assert.Contains("Snapshot of 2026-03-24, collected 2026-03-25 00:02 in 1.234 s " + note, MailText.Visible(email.Html));
        Assert.Contains("Snapshot of 2026-03-24, collected 2026-03-25 00:02 in 1.234 s\n" + note + "\n", email.Text);
    }
}
