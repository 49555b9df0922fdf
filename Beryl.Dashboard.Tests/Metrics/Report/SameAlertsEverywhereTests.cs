using System.Net;
using System.Text.RegularExpressions;
using Beryl.Dashboard.Email;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>An alert as every view must show it: severity, title, the change against yesterday, and its reason.</summary>
public sealed record ExpectedAlert(string Severity, string Title, string Change, string Reason);

/// <summary>
/// A day with hand-written history in the app's own dashboard.db: the page, the email (HTML and text), view-metrics
/// and Prometheus show the same alerts with the same reasons, in the same order.
/// </summary>
public abstract partial class SameAlertsEverywhere<TFixture>(TFixture app) where TFixture : AdminDashboard
{
    protected abstract DateOnly Day { get; }

    protected abstract IReadOnlyList<ExpectedAlert> Expected { get; }

    [Fact]
    public async Task The_report_has_the_alerts_with_their_reasons()
    {
        var report = await app.Get<ReportBuilder>().BuildAsync(Day);

        Assert.Equal(Expected.Select(a => (a.Title, a.Reason)), report!.Alerts.Select(a => (a.Title, a.Reason)));
    }

    [Fact]
    public async Task The_page_lists_them_with_the_same_reasons()
    {
        var html = WebUtility.HtmlDecode(await app.Admin.GetStringAsync($"/sys/metrics?date={Day:yyyy-MM-dd}"));

        Assert.Equal(Expected.Select(a => a.Reason), AlertReason().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_email_lists_them_with_the_same_reasons_in_html_and_text()
    {
        var report = await app.Get<ReportBuilder>().BuildAsync(Day);
        var email = await app.Get<ReportEmailRenderer>().RenderAsync(report!);

        // In the order expected: each reason is found after the one before it.
        var html = WebUtility.HtmlDecode(email.Html);
        var positions = Expected.Select(a => html.IndexOf($">{a.Reason}</span>", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        foreach (var alert in Expected)
            Assert.Matches($@"{alert.Severity}\s+{Regex.Escape(alert.Title)} vs yesterday\s+{Regex.Escape(alert.Change)}\s+{Regex.Escape(alert.Reason)}\n", email.Text);
    }

    [Fact]
    public async Task View_metrics_prints_one_line_per_alert_starting_with_its_severity()
    {
        var run = await CliProcess.RunAsync(app.Factory.Folder.Path, "view-metrics", "--date", $"{Day:yyyy-MM-dd}");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Expected.Select(a => $"{a.Severity} {a.Title} vs yesterday: {a.Change} — {a.Reason}"),
            run.Output.Split('\n').Where(l => l.StartsWith("CRITICAL") || l.StartsWith("WARNING")).Select(l => l.TrimEnd()));
    }

    [Fact]
    public async Task Prometheus_counts_them_by_severity()
    {
        var report = await app.Get<ReportBuilder>().BuildAsync(Day);
        var snapshot = (await app.Get<SnapshotStore>().LoadAsync([Day]))[Day];

        var text = PrometheusExporter.Render(snapshot, report!.Alerts);

        Assert.Contains($"\nberyl_alerts{{severity=\"critical\"}} {Expected.Count(a => a.Severity == "CRITICAL")}\n", text);
        Assert.Contains($"\nberyl_alerts{{severity=\"warning\"}} {Expected.Count(a => a.Severity == "WARNING")}\n", text);
    }

    [GeneratedRegex("<span class=\"alert-reason\"[^>]*>([^<]*)</span>")]
    private static partial Regex AlertReason();

    /// <summary>Saves a snapshot cut off at <paramref name="cutOff"/> (UTC) and collected then, provisional or final.</summary>
    protected static Task SaveAsync(SnapshotStore store, DateOnly day, DateTime cutOff, bool provisional, params (string Key, double Value)[] values)
    {
        var snapshot = StoredSnapshots.Snapshot(day, cutOff, provisional ? cutOff : cutOff.AddMinutes(5), 1000,
            values.Select(v => new StoredSnapshots.V(v.Key, v.Value)).ToArray());
        snapshot.IsProvisional = provisional;
        return store.SaveAsync(snapshot);
    }

    /// <summary>Midnight at the end of <paramref name="day"/> in Zurich: 22:00 UTC in summer.</summary>
    protected static DateTime EndOf(DateOnly day) => DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-2), DateTimeKind.Utc);
}

/// <summary>Sixty final days, then one when sign-ups stop and storage jumps: two alerts, judged once the day is over.</summary>
[Collection(AppCollection.Name)]
public sealed class SameAlertsEverywhereTests(SameAlertsEverywhereTests.History app)
    : SameAlertsEverywhere<SameAlertsEverywhereTests.History>(app), IClassFixture<SameAlertsEverywhereTests.History>
{
    public static readonly DateOnly FinalDay = new(2026, 6, 15);

    // Around 20.5 (20, 22, 19, 21 in turn: median 20.5), at least sqrt(20.5) = 4.53 for a count: up to 20.5 + 13.58,
    // down to (sqrt 20.5 - 1.5)^2 = 9.17.
    public const string NewUsersReason = "usually 9 to 35; today 0";
    // +1 MB every day, exactly: a range of one value.
    public const string StorageReason = "usually +1.0 MB a day; today +512.0 MB";

    private static readonly double[] Cycle = [20, 22, 19, 21];

    protected override DateOnly Day => FinalDay;

    protected override IReadOnlyList<ExpectedAlert> Expected =>
    [
        new("CRITICAL", "New users (24h)", "↓ -22 (-100.0 %) !!", NewUsersReason),
        new("CRITICAL", "Storage used", "↑ +512.0 MB (+25.0 %) !!", StorageReason),
    ];

    public sealed class History : AdminDashboard
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            const double mb = 1024 * 1024;
            for (var n = 60; n >= 0; n--)
            {
                var day = FinalDay.AddDays(-n);
                // About 20 sign-ups a day and 1 MB more storage; on the day, none and 512 MB.
                double newUsers = n == 0 ? 0 : Cycle[n % 4], storage = (n == 0 ? 2_047 + 512 : 2_048 - n) * mb;
                await SaveAsync(Get<SnapshotStore>(), day, EndOf(day), provisional: false, ("users_new_24h", newUsers), ("storage_bytes_total", storage));
            }
        }
    }
}

/// <summary>
/// Twenty-one final days, then today collected at 15:00 during an incident: half the active users of the last
/// 24 hours gone and twenty times the usual failed e-mails. Both are alerts at once, the same in every view.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SameProvisionalAlertsEverywhereTests(SameProvisionalAlertsEverywhereTests.History app)
    : SameAlertsEverywhere<SameProvisionalAlertsEverywhereTests.History>(app), IClassFixture<SameProvisionalAlertsEverywhereTests.History>
{
    public static readonly DateOnly IncidentDay = new(2026, 6, 15);

    protected override DateOnly Day => IncidentDay;

    // The numbers of ProvisionalAlertsTests: around 120 active users and 2 failed e-mails a day, 120 and 2 yesterday.
    protected override IReadOnlyList<ExpectedAlert> Expected =>
    [
        new("CRITICAL", "Emails failed (24h)", "↑ +38 (+1900.0 %) !!", "usually 0 to 6; today 40"),
        new("CRITICAL", "Active users (24h)", "↓ -65 (-54.2 %) !!", "usually 91 to 151; today 55"),
    ];

    public sealed class History : AdminDashboard
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var store = Get<SnapshotStore>();
            for (var n = 21; n >= 1; n--)
            {
                var day = IncidentDay.AddDays(-n);
                await SaveAsync(store, day, EndOf(day), provisional: false,
                    ("users_active_24h", ProvisionalAlertsTests.ActiveUsers[n - 1]), ("emails_failed_24h", ProvisionalAlertsTests.FailedEmails[n - 1]));
            }
            // Collected at 15:00 in Zurich, the day still going.
            await SaveAsync(store, IncidentDay, IncidentDay.ToDateTime(new TimeOnly(13, 0), DateTimeKind.Utc), provisional: true,
                ("users_active_24h", 55), ("emails_failed_24h", 40));
        }
    }
}
