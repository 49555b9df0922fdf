using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>
/// Huge and empty: four media files of 2^63 - 2 bytes each (their sum, 2^65 - 8, does not fit in a 64-bit
/// integer), one without a size, one of 0 bytes, and no items at all, with one empty collection or none.
/// Collecting must not overflow or divide by zero, and every view must show plain numbers.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HugeValuesTests : IAsyncLifetime
{
    private const long Huge = long.MaxValue - 1;

    /// <summary>4 × (2^63 - 2) = 36,893,488,147,419,103,224 bytes, 2^65 less 8: 32 EB.</summary>
    private const double TrueTotal = 36_893_488_147_419_103_224d;

    private readonly AdminDashboard app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Collecting_stores_finite_values_with_the_true_sum_and_zero_shares(bool oneEmptyCollection)
    {
        await app.AddAsync((db, now) => AddHugeFilesAsync(db, now, oneEmptyCollection));

        await app.CollectTodayAsync();

        var values = (await app.SnapshotAsync(app.Today)).Values;
        Assert.All(values, v => Assert.True(v.Value is null || double.IsFinite(v.Value.Value), $"{v.Key} {v.Label} = {v.Value}"));
        double Value(string key, string label = "") => values.Single(v => v.Key == key && v.Label == label).Value!.Value;
        AssertClose(TrueTotal, Value("storage_bytes_total"));
        AssertClose(TrueTotal / 2, Value("storage_bytes_by_content_type", "video/mp4"));
        Assert.Equal(0, Value("storage_bytes_by_content_type", "unknown"));
        Assert.Equal(6, Value("media_files_total"));
        Assert.Equal(oneEmptyCollection ? 1 : 0, Value("collections_total"));
        Assert.Equal(0, Value("items_total"));
        Assert.Equal(0, Value("items_with_images_pct"));
        Assert.Equal(0, Value("items_with_attributes_pct"));
        Assert.Equal(0, Value("items_with_links_pct"));
        Assert.Equal(0, Value("avg_attributes_per_item"));
        Assert.Equal(0, Value("avg_items_per_collection"));
    }

    [Fact]
    public async Task The_page_the_csv_and_prometheus_show_them_as_plain_numbers()
    {
        await app.AddAsync((db, now) => AddHugeFilesAsync(db, now, oneEmptyCollection: true));
        await app.CollectTodayAsync();

        var page = await GetAsync("/sys/metrics");
        Assert.Equal("32.0 EB", CurrentValue(page, "storage_bytes_total"));
        Assert.Equal("0.0 %", CurrentValue(page, "items_with_images_pct"));
        Assert.Equal("0.00", CurrentValue(page, "avg_items_per_collection"));
        Assert.Equal("0", CurrentValue(page, "items_total"));
        AssertNoSpecialValues(page);

        var csv = CsvRecords.Parse(await GetAsync("/sys/metrics/history.csv"));
        var storage = csv.Single(r => r[2] == "storage_bytes_total");
        AssertClose(TrueTotal, double.Parse(storage[4], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(csv, r => r[4] is "NaN" or "Infinity" or "-Infinity" or "∞");

        var prometheus = await GetAsync("/sys/metrics/prometheus");
        var check = await Promtool.CheckMetricsAsync(prometheus);
        Assert.True(check.ExitCode == 0 && check.Output == "", $"promtool check metrics exited {check.ExitCode}:\n{check.Output}");
        var lines = prometheus.Split('\n');
        AssertClose(TrueTotal, double.Parse(lines.Single(l => l.StartsWith("beryl_storage_bytes ", StringComparison.Ordinal))[20..],
            CultureInfo.InvariantCulture));
        Assert.Contains("beryl_items_with_images_ratio 0", lines);
        Assert.Contains("beryl_items_per_collection 0", lines);
        Assert.DoesNotContain(lines, l => !l.StartsWith('#') && (l.EndsWith(" NaN", StringComparison.Ordinal) || l.EndsWith("Inf", StringComparison.Ordinal)));
    }

    private static async Task AddHugeFilesAsync(BerylDbContext db, DateTime now, bool oneEmptyCollection)
    {
        var created = now.AddDays(-2);
        var owner = new User { Email = "hoarder@example.org", DateJoined = created.AddDays(-1), IsActive = true };
        db.Users.Add(owner);
        if (oneEmptyCollection)
            db.Collections.Add(new Collection { Hash = "empty", Name = "Empty shelf", Created = created, Updated = created, CreatedBy = owner });
        MediaFile File(int n, long? size, string? type) => new()
        {
            Hash = $"file{n}", Name = $"File {n}", FilePath = $"media/{n}", OriginalFilename = $"{n}.bin",
            FileSize = size, ContentType = type, Created = created, Updated = created, CreatedBy = owner,
        };
        db.MediaFiles.AddRange(
            File(1, Huge, "video/mp4"), File(2, Huge, "video/mp4"), File(3, Huge, "image/png"), File(4, Huge, "image/png"),
            File(5, null, null), File(6, 0, "text/plain"));
        await db.SaveChangesAsync();
    }

    /// <summary>A sum this size is a double: it must be within a millionth of a millionth of the true sum.</summary>
    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected), $"expected about {expected:R}, got {actual:R}");

    private static void AssertNoSpecialValues(string html)
    {
        // Whole words: the page carries random base64 tokens (antiforgery, circuit state), which may hold "NaN".
        Assert.DoesNotMatch(@"\bNaN\b", html);
        Assert.DoesNotMatch(@"\bInfinity\b", html);
        Assert.DoesNotContain("∞", WebUtility.HtmlDecode(html));
    }

    /// <summary>The "Current" cell of a metric's row in the page's table, as shown (its text, a count's button around it or not).</summary>
    private static string CurrentValue(string html, string key)
    {
        var row = new Regex($"data-metric=\"{key}\" data-label=\"\"[^>]*>.*?<td class=\"num current\"[^>]*>(.*?)</td>", RegexOptions.Singleline).Match(html);
        Assert.True(row.Success, $"no row for {key}");
        return WebUtility.HtmlDecode(Regex.Replace(row.Groups[1].Value, "<[^>]+>", "")).Trim();
    }

    private async Task<string> GetAsync(string path)
    {
        using var response = await app.Admin.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
