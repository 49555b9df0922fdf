using System.Net;
using System.Text.RegularExpressions;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>
/// Names chosen by Beryl's users (<see cref="HostileBeryl"/>) in the metrics page and the CSV export: encoded as
/// text in the HTML, and never a formula in a spreadsheet. The email and Prometheus have their own tests
/// (ReportEmailRenderingTests, PrometheusEndpointTests).
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class HostileNamesTests(HostileNamesTests.HostileDashboard app) : IClassFixture<HostileNamesTests.HostileDashboard>
{
    /// <summary>The item types whose count fell from 11 to 1 since yesterday, so the page names them in its alerts.</summary>
    public static readonly string[] Alerted =
    [
        HostileBeryl.Script,
        HostileBeryl.Hyperlink,
        "Quote \"double\" and 'single'",
        "Line\nbreak, CR\r\nand\ttab",
        "Emoji 📚🎵 Ünïcödé 中文 العربية",
        HostileBeryl.VeryLong,
    ];

    /// <summary>
    /// Hostile Beryl collected today, and a yesterday where each <see cref="Alerted"/> type had 11 items instead of 1.
    /// The prerendered page lists a distribution's labels only once it is expanded, but its alerts always: a
    /// change of -10 (-91 %, past the minimum change of 5) puts each of those names on the page.
    /// </summary>
    public sealed class HostileDashboard : AdminDashboard
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await AddAsync(HostileBeryl.AddAsync);
            await CollectTodayAsync();
            var today = await SnapshotAsync(Today);
            await Get<SnapshotStore>().SaveAsync(new MetricSnapshot
            {
                Day = Today.AddDays(-1),
                CutOff = today.CutOff.AddDays(-1),
                CollectedAt = today.CollectedAt.AddDays(-1),
                DurationMs = today.DurationMs,
                Values = today.Values.Select(v => new MetricValue
                {
                    Key = v.Key,
                    Label = v.Label,
                    Value = v.Key == "items_by_type" && Alerted.Contains(v.Label) ? 11 : v.Value,
                }).ToList(),
            });
        }
    }

    [Fact]
    public async Task The_page_shows_hostile_names_as_text()
    {
        var html = await GetAsync("/sys/metrics");

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<script>alert(\"x\")", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Equal(
            Alerted.Select(name => "Items by type: " + name).Order(StringComparer.Ordinal),
            AlertTitle().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_csv_quotes_hostile_names_and_neutralises_formulas()
    {
        var csv = await GetAsync("/sys/metrics/history.csv");

        var records = CsvRecords.Parse(csv);
        Assert.All(records, r => Assert.Equal(10, r.Length));
        var today = app.Today.ToString("yyyy-MM-dd");
        var types = records.Where(r => r[0] == today && r[2] == "items_by_type").Select(r => r[3]).Order(StringComparer.Ordinal);
        Assert.Equal(new[]
        {
            "Quote \"double\" and 'single'", @"Back\slash \\ and trailing\", "Line\nbreak, CR\r\nand\ttab",
            "<script>alert(\"x\")</script>", "Emoji 📚🎵 Ünïcödé 中文 العربية", "} 1\nberyl_injected 666\n# TYPE x counter",
            "label=\"x\",other=\"y\"", HostileBeryl.VeryLong, HostileBeryl.Script,
            // A spreadsheet runs a cell starting with = + - @ as a formula: each starts with an apostrophe instead.
            "'" + HostileBeryl.Hyperlink, "'+SUM(1,2)", "'-2+3", "'@SUM(A1:A2)",
            "untyped",
        }.Order(StringComparer.Ordinal), types);
        // Every label of every metric: no formula, and the name itself once the apostrophe is taken off.
        Assert.DoesNotContain(records.Skip(1), r => r[3] is ['=' or '+' or '-' or '@', ..]);
        Assert.Contains(records, r => r[2] == "attribute_usage" && r[3] == "'" + HostileBeryl.Hyperlink + " / " + HostileBeryl.Hyperlink);
        // Written as a spreadsheet expects: quotes doubled inside a quoted cell, line breaks kept inside the quotes.
        Assert.Contains(",\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"Click me\"\")\",1,count,", csv);
        Assert.Contains(",\"Line\nbreak, CR\r\nand\ttab\",1,count,", csv);
    }

    private async Task<string> GetAsync(string path)
    {
        using var response = await app.Admin.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<span class=\"alert-title\"[^>]*>(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex AlertTitle();
}
