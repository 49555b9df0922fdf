using System.Net;
using System.Text.RegularExpressions;
using Beryl.Dashboard.Email;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics.Alerts;

/// <summary>
/// Sixty days of hand-written history in the app's own dashboard.db, then a day when sign-ups stop and storage jumps:
/// the page, the email (HTML and text), view-metrics and Prometheus show the same two alerts with the same reasons.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class SameAlertsEverywhereTests(SameAlertsEverywhereTests.History app) : IClassFixture<SameAlertsEverywhereTests.History>
{
    public static readonly DateOnly Day = new(2026, 6, 15);

    // Around 20.5 (20, 22, 19, 21 in turn: median 20.5), at least sqrt(20.5) = 4.53 for a count: 20.5 ± 13.58.
    public const string NewUsersReason = "usually 6 to 35; today 0";
    // +1 MB every day, exactly: a range of one value.
    public const string StorageReason = "usually +1.0 MB a day; today +512.0 MB";

    private static readonly double[] Cycle = [20, 22, 19, 21];

    public sealed class History : AdminDashboard
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var store = Get<SnapshotStore>();
            const double mb = 1024 * 1024;
            for (var n = 60; n >= 0; n--)
            {
                var day = Day.AddDays(-n);
                var cutOff = DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-2), DateTimeKind.Utc);
                // About 20 sign-ups a day and 1 MB more storage; on the day, none and 512 MB.
                double newUsers = n == 0 ? 0 : Cycle[n % 4], storage = (n == 0 ? 2_047 + 512 : 2_048 - n) * mb;
                await store.SaveAsync(new MetricSnapshot
                {
                    Day = day, CutOff = cutOff, CollectedAt = cutOff.AddMinutes(5), DurationMs = 1000,
                    Values =
                    [
                        new MetricValue { Key = "users_new_24h", Label = "", Value = newUsers },
                        new MetricValue { Key = "storage_bytes_total", Label = "", Value = storage },
                    ],
                });
            }
        }
    }

    [Fact]
    public async Task The_report_has_the_two_alerts_with_their_reasons()
    {
        var report = await app.Get<ReportBuilder>().BuildAsync(Day);

        Assert.Equal([("New users (24h)", NewUsersReason), ("Storage used", StorageReason)],
            report!.Alerts.Select(a => (a.Title, a.Reason)));
    }

    [Fact]
    public async Task The_page_lists_them_with_the_same_reasons()
    {
        var html = WebUtility.HtmlDecode(await app.Admin.GetStringAsync($"/sys/metrics?date={Day:yyyy-MM-dd}"));

        Assert.Equal([NewUsersReason, StorageReason], AlertReason().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_email_lists_them_with_the_same_reasons_in_html_and_text()
    {
        var report = await app.Get<ReportBuilder>().BuildAsync(Day);
        var email = await app.Get<ReportEmailRenderer>().RenderAsync(report!);

        Assert.Contains($">{NewUsersReason}</span>", WebUtility.HtmlDecode(email.Html));
        Assert.Contains($">{StorageReason}</span>", WebUtility.HtmlDecode(email.Html));
        Assert.Matches($@"CRITICAL\s+New users \(24h\) vs yesterday\s+↓ -22 \(-100\.0 %\) !!\s+{Regex.Escape(NewUsersReason)}\n", email.Text);
        Assert.Matches($@"CRITICAL\s+Storage used vs yesterday\s+↑ \+512\.0 MB \(\+25\.0 %\) !!\s+{Regex.Escape(StorageReason)}\n", email.Text);
    }

    [Fact]
    public async Task View_metrics_prints_one_line_per_alert_starting_with_its_severity()
    {
        var run = await CliProcess.RunAsync(app.Factory.Folder.Path, "view-metrics", "--date", $"{Day:yyyy-MM-dd}");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
        [
            $"CRITICAL New users (24h) vs yesterday: ↓ -22 (-100.0 %) !! — {NewUsersReason}",
            $"CRITICAL Storage used vs yesterday: ↑ +512.0 MB (+25.0 %) !! — {StorageReason}",
        ], run.Output.Split('\n').Where(l => l.StartsWith("CRITICAL") || l.StartsWith("WARNING")).Select(l => l.TrimEnd()));
    }

    [Fact]
    public async Task Prometheus_counts_them_by_severity()
    {
        var report = await app.Get<ReportBuilder>().BuildAsync(Day);
        var snapshot = (await app.Get<SnapshotStore>().LoadAsync([Day]))[Day];

        var text = PrometheusExporter.Render(snapshot, report!.Alerts);

        Assert.Contains("\nberyl_alerts{severity=\"critical\"} 2\n", text);
        Assert.Contains("\nberyl_alerts{severity=\"warning\"} 0\n", text);
    }

    [GeneratedRegex("<span class=\"alert-reason\"[^>]*>([^<]*)</span>")]
    private static partial Regex AlertReason();
}
