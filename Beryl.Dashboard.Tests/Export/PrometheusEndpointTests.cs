using System.Net;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>GET /sys/metrics/prometheus on the running app, with data collected by the real collector.</summary>
[Collection(AppCollection.Name)]
public sealed class PrometheusEndpointTests
{
    [Fact]
    public async Task Promtool_accepts_the_real_output_with_hostile_type_and_pattern_names()
    {
        await using var app = new PrometheusApp();
        await app.AddAsync(HostileBeryl.AddAsync);
        await app.CollectTodayAsync();

        var text = await app.ScrapeTextAsync();
        var check = await Promtool.CheckMetricsAsync(text);

        Assert.True(check.ExitCode == 0 && check.Output == "",
            $"promtool check metrics exited {check.ExitCode}:\n{check.Output}");
    }

    [Fact]
    public async Task Hostile_names_are_escaped_and_cannot_inject_lines()
    {
        await using var app = new PrometheusApp();
        await app.AddAsync(HostileBeryl.AddAsync);
        await app.CollectTodayAsync();

        var lines = (await app.ScrapeTextAsync()).Split('\n');

        Assert.Contains("beryl_items_by_type{type=\"Quote \\\"double\\\" and 'single'\"} 1", lines);
        Assert.Contains(@"beryl_links_by_pattern{pattern=""Back\\slash \\\\ and trailing\\""} 1", lines);
        Assert.Contains("beryl_items_by_type{type=\"Line\\nbreak, CR\r\\nand\ttab\"} 1", lines);
        Assert.Contains("beryl_links_by_pattern{pattern=\"<script>alert(\\\"x\\\")</script>\"} 1", lines);
        Assert.Contains("beryl_items_by_type{type=\"Emoji 📚🎵 Ünïcödé 中文 العربية\"} 1", lines);
        Assert.Contains("beryl_storage_by_content_type_bytes{content_type=\"label=\\\"x\\\",other=\\\"y\\\"\"} 1006", lines);
        Assert.Contains("beryl_items_with_attribute{attribute=\"Emoji 📚🎵 Ünïcödé 中文 العربية / Emoji 📚🎵 Ünïcödé 中文 العربية\"} 1", lines);
        Assert.Contains(lines, l => l.StartsWith("beryl_items_by_type{type=\"Très long \\\"nom\\\" \\\\ Très long", StringComparison.Ordinal) && l.EndsWith("\"} 1", StringComparison.Ordinal));
        Assert.Contains("beryl_items_by_type{type=\"untyped\"} 0", lines);
        Assert.Contains("beryl_items 13", lines);
        // Every status is written, zeros included, in Beryl's order.
        Assert.Equal(
        [
            "beryl_items_by_status{status=\"in_collection\"} 13", "beryl_items_by_status{status=\"wanted\"} 0",
            "beryl_items_by_status{status=\"reserved\"} 0", "beryl_items_by_status{status=\"ordered\"} 0",
            "beryl_items_by_status{status=\"lent_out\"} 0", "beryl_items_by_status{status=\"previously_owned\"} 0",
        ], lines.Where(l => l.StartsWith("beryl_items_by_status{", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("beryl_injected", StringComparison.Ordinal) || l.StartsWith("# TYPE x ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_catalog_metric_has_a_sample_when_every_value_is_known()
    {
        await using var app = new PrometheusApp();
        await app.AddAsync(HostileBeryl.AddAsync);
        await app.CollectTodayAsync();

        var lines = (await app.ScrapeTextAsync()).Split('\n');

        var missing = MetricCatalog.All.Select(m => m.PrometheusName)
            .Where(name => !lines.Any(l => l.StartsWith(name + " ", StringComparison.Ordinal) || l.StartsWith(name + "{", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(missing);
        Assert.Single(lines, l => l == "# TYPE beryl_collection_duration_seconds gauge");
        Assert.Single(lines, l => l.StartsWith("beryl_collection_duration_seconds ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith(PrometheusExporter.LastCollectionName + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_answer_is_text_format_0_0_4_in_utf8()
    {
        await using var app = new PrometheusApp();
        await app.AddAsync(HostileBeryl.AddAsync);
        await app.CollectTodayAsync();

        using var response = await app.ScrapeAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "no byte-order mark");
        Assert.Contains("Ünïcödé", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Before_the_first_collection_it_answers_200_with_no_metrics_available()
    {
        await using var app = new PrometheusApp();

        using var response = await app.ScrapeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("# No metrics available\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_new_collection_replaces_the_cached_text()
    {
        await using var app = new PrometheusApp();
        await app.AddAsync(HostileBeryl.AddAsync);
        await app.CollectTodayAsync();
        var first = await app.ScrapeTextAsync();
        Assert.Equal(first, await app.ScrapeTextAsync());

        await app.AddAsync(HostileBeryl.AddItemAsync);
        await app.CollectTodayAsync();
        var second = await app.ScrapeTextAsync();

        Assert.Contains("\nberyl_items 13\n", first);
        Assert.Contains("\nberyl_items 14\n", second);
        Assert.Contains("\nberyl_items_by_type{type=\"untyped\"} 1\n", second);
        Assert.NotEqual(LastCollection(first), LastCollection(second));
    }

    [Fact]
    public async Task The_configured_bearer_token_gets_the_metrics()
    {
        await using var app = new PrometheusApp();

        using var response = await app.ScrapeAsync(PrometheusApp.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_token_may_also_be_set_as_an_appsettings_key()
    {
        await using var app = new PrometheusApp(tokenSetting: "Metrics:PrometheusToken");

        using var allowed = await app.ScrapeAsync(PrometheusApp.Token);
        using var refused = await app.ScrapeAsync("nope");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData(PrometheusApp.Token + "x")]
    [InlineData("s3cret-Prometheus-tokeN")]
    public async Task A_wrong_token_gets_401_with_a_bearer_challenge(string token)
    {
        await using var app = new PrometheusApp();

        using var response = await app.ScrapeAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_anonymous_request_gets_401()
    {
        await using var app = new PrometheusApp();

        using var response = await app.ScrapeAsync(bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_head_request_is_answered_as_a_get_never_with_the_sign_in_page()
    {
        await using var app = new PrometheusApp();
        using var client = app.Factory.CreateSignInClient();
        using var withToken = new HttpRequestMessage(HttpMethod.Head, PrometheusEndpoint.Path);
        withToken.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", PrometheusApp.Token);

        using var anonymous = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, PrometheusEndpoint.Path));
        using var scraped = await client.SendAsync(withToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.ToString());
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_admin_gets_the_metrics_without_a_token()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, "admin@beryl.test");
        await SignIn.SignInAsync(client, "admin@beryl.test", TestUsers.Password);

        using var response = await client.GetAsync(PrometheusEndpoint.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("# No metrics available\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_non_admin_gets_401()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, "member@beryl.test", superuser: false);
        await SignIn.SignInAsync(client, "member@beryl.test", TestUsers.Password);

        using var response = await client.GetAsync(PrometheusEndpoint.Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_token_a_bearer_request_gets_401()
    {
        await using var app = new PrometheusApp(token: null);

        using var empty = await app.ScrapeAsync("");
        using var guessed = await app.ScrapeAsync(PrometheusApp.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, empty.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
    }

    private static string LastCollection(string text) =>
        text.Split('\n').Single(l => l.StartsWith(PrometheusExporter.LastCollectionName + " ", StringComparison.Ordinal));
}
