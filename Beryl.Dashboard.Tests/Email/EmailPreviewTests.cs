using System.Net;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>/sys/metrics/email-preview in the running app.</summary>
[Collection(AppCollection.Name)]
public sealed class EmailPreviewTests
{
    [Fact]
    public async Task The_preview_shows_the_email_of_a_day_as_it_is_mailed()
    {
        await using var app = new DashboardAppFactory();
        using var client = await SignIn.AdminClientAsync(app);
        await ReportWorld.SaveSnapshotsAsync(app.Services.GetRequiredService<SnapshotStore>());

        var response = await client.GetAsync("/sys/metrics/email-preview?date=2026-03-24");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<title>Daily Metrics Report - 2026-03-24</title>", html);
        Assert.Contains("Total users 110 ↑ +10 (+10.0 %) · yesterday 100", MailText.Visible(html));

        // Without a date: the latest snapshot, which is the same day.
        Assert.Equal(html, await client.GetStringAsync("/sys/metrics/email-preview"));

        var text = await client.GetAsync("/sys/metrics/email-preview?date=2026-03-24&format=text");
        Assert.Equal("text/plain", text.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Daily Metrics Report - 2026-03-24\n", await text.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_day_without_a_snapshot_or_a_bad_date_gets_a_friendly_message()
    {
        await using var app = new DashboardAppFactory();
        using var client = await SignIn.AdminClientAsync(app);

        var none = await client.GetAsync("/sys/metrics/email-preview");
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("No snapshot yet, so there is no report email to show.", await none.Content.ReadAsStringAsync());

        var missing = await client.GetAsync("/sys/metrics/email-preview?date=2026-03-01");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("No snapshot for 2026-03-01, so there is no report email to show.", await missing.Content.ReadAsStringAsync());

        var bad = await client.GetAsync("/sys/metrics/email-preview?date=%3Cb%3E");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var message = await bad.Content.ReadAsStringAsync();
        Assert.Contains("&#39;&lt;b&gt;&#39; is not a date YYYY-MM-DD from 1970-01-01 to 9998-12-31: use e.g. ?date=2026-03-29", message);
        Assert.DoesNotContain("<b>", message);

        var outOfRange = await client.GetAsync("/sys/metrics/email-preview?date=0001-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("&#39;0001-01-01&#39; is not a date YYYY-MM-DD from 1970-01-01", await outOfRange.Content.ReadAsStringAsync());
    }
}
