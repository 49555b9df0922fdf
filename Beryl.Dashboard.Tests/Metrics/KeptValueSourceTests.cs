using System.Net;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// A day collected at midnight, then again the next afternoon, which could not know its opt-outs: the page says the
/// kept value is from the midnight collection, and the CSV gives every value's collection time.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class KeptValueSourceTests(KeptValueSourceTests.TwoCollections app) : IClassFixture<KeptValueSourceTests.TwoCollections>
{
    private static readonly DateOnly Day = new(2026, 6, 15);
    private static readonly DateTime Nightly = new(2026, 6, 15, 22, 0, 30, DateTimeKind.Utc);
    private static readonly DateTime Late = new(2026, 6, 16, 13, 0, 0, DateTimeKind.Utc);

    public sealed class TwoCollections : AdminDashboard
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var store = Get<SnapshotStore>();
            var cutOff = new DateTime(2026, 6, 15, 22, 0, 0, DateTimeKind.Utc);
            await store.SaveAsync(Snapshot(cutOff, Nightly, 40, 7));
            await store.SaveAsync(Snapshot(cutOff, Late, 41, null));
        }

        private static MetricSnapshot Snapshot(DateTime cutOff, DateTime collectedAt, double users, double? optOut) =>
            StoredSnapshots.Snapshot(Day, cutOff, collectedAt, 1000, new("users_total", users), new("marketing_opt_out", optOut));
    }

    [Fact]
    public async Task The_page_says_which_collection_a_kept_value_is_from()
    {
        var html = WebUtility.HtmlDecode(await app.Admin.GetStringAsync($"/sys/metrics?date={Day:yyyy-MM-dd}"));

        // 22:00:30 UTC is 00:00 in Zurich; only the kept value says so.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"kept-from[^\"]*\""));
        Assert.Contains(">from the collection of 2026-06-16 00:00</span>", html);
    }

    [Fact]
    public async Task The_csv_gives_each_value_its_collection_time()
    {
        var csv = await app.Admin.GetStringAsync("/sys/metrics/history.csv?days=365");

        Assert.Contains("2026-06-15,Users,users_total,,41,count,2026-06-16T13:00:00Z,rebuilt,,\r\n", csv);
        Assert.Contains("2026-06-15,Email,marketing_opt_out,,7,count,2026-06-15T22:00:30Z,collected,,\r\n", csv);
    }
}
