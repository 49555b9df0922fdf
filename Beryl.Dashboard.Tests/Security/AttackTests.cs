using System.Net;
using System.Net.Sockets;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Demo;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Beryl.Dashboard.Tests.Security;

/// <summary>
/// The dashboard tried as an attacker would: the real app on Kestrel at 127.0.0.1, a demo Beryl whose users named
/// item types, attributes, link patterns and uploads' content types with script, a real browser, and clients
/// that connect from other loopback addresses (127.0.0.2, ...) as other machines would.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AttackTests(AttackTests.Fixture fixture) : IClassFixture<AttackTests.Fixture>
{
    public const string PrometheusToken = "scrape-token-5d1f0c";

    /// <summary>A second admin, whom a test demotes while their page is open.</summary>
    public const string IdleAdmin = "idle-admin@beryl.local";

    /// <summary>An ordinary Beryl account, who knows their own password and may use nothing here.</summary>
    public const string Member = "member@beryl.local";

    /// <summary>Listens for script-src violations and counts them, before any page script runs.</summary>
    private const string ViolationListener = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    public sealed class Fixture : IAsyncLifetime
    {
        public TestDataFolder Folder { get; } = new();
        public RunningDashboard Dashboard { get; private set; } = null!;
        public IPlaywright Playwright { get; private set; } = null!;
        public IBrowser Browser { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Expect(await CliProcess.RunAsync(Folder.Path, "seed-demo", "--days", "2"));
            var options = new DbContextOptionsBuilder<BerylDbContext>().UseSqlite($"Data Source={Folder.File("beryl.db")}").Options;
            await using (var beryl = new BerylDbContext(options))
            {
                await HostileBeryl.AddNamedAsync(beryl, DateTime.UtcNow, HostileBeryl.ScriptPayloads);
                beryl.Users.Add(new User
                {
                    Email = IdleAdmin, Username = IdleAdmin, IsSuperuser = true, IsStaff = true, DateJoined = DateTime.UtcNow,
                    Password = DjangoPasswordHasher.Hash(TestUsers.Password, iterations: TestUsers.FastIterations),
                });
                beryl.Users.Add(new User
                {
                    Email = Member, Username = Member, DateJoined = DateTime.UtcNow,
                    Password = DjangoPasswordHasher.Hash(TestUsers.Password, iterations: TestUsers.FastIterations),
                });
                await beryl.SaveChangesAsync();
            }
            Expect(await CliProcess.RunAsync(Folder.Path, "collect-daily-metrics"));
            Dashboard = await RunningDashboard.StartAsync(Folder, new Dictionary<string, string> { ["METRICS_PROMETHEUS_TOKEN"] = PrometheusToken });
            (Playwright, Browser) = await Chromium.LaunchAsync();
        }

        public async Task DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
            await Dashboard.DisposeAsync();
            Folder.Dispose();
        }

        private static void Expect(CliRun run)
        {
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"The CLI failed: {run.Error}");
        }
    }

    private string Url => fixture.Dashboard.Url;

    /// <summary>The distributions whose labels are the hostile names.</summary>
    public static readonly string[] HostileDistributions = ["items_by_type", "attribute_usage", "links_by_pattern", "storage_bytes_by_content_type"];

    [Fact]
    public async Task No_name_from_Beryl_runs_as_script_in_the_table_or_any_history_chart()
    {
        var page = await BrowserSignIn.MetricsPageAsync(fixture.Browser, Url, initScript: ViolationListener);

        foreach (var metric in HostileDistributions)
        {
            var header = page.Locator($"tr.distribution-row[data-metric={metric}]");
            await header.Locator("button.link-button").ClickAsync();
            await page.Locator($"tr.metric-row[data-metric={metric}]").First.WaitForAsync();
            var labels = await page.Locator($"tr.metric-row[data-metric={metric}] .metric-name").AllInnerTextsAsync();
            foreach (var payload in HostileBeryl.ScriptPayloads)
                Assert.Contains(labels, label => label.Trim().EndsWith(payload, StringComparison.Ordinal));

            await header.Locator("button[aria-label^='History of']").ClickAsync();
            var chart = page.Locator("[data-testid=history-chart]");
            await chart.Locator(".apexcharts-legend-text").First.WaitForAsync();
            // Moving over the plot draws the tooltip, which writes every series name again.
            var plot = await chart.BoundingBoxAsync();
            await page.Mouse.MoveAsync(plot!.X + plot.Width * 0.6f, plot.Y + plot.Height * 0.5f);
            await page.Mouse.MoveAsync(plot.X + plot.Width * 0.7f, plot.Y + plot.Height * 0.5f);
            var legend = await chart.Locator(".apexcharts-legend-text").AllInnerTextsAsync();
            foreach (var payload in HostileBeryl.ScriptPayloads)
                Assert.Contains(legend, text => text.EndsWith(payload, StringComparison.Ordinal));
            Assert.Equal(0, await chart.Locator(".apexcharts-legend img, .apexcharts-legend svg[onload], .apexcharts-tooltip img").CountAsync());
            await page.Locator(".mud-dialog-actions button").ClickAsync();
            await page.Locator("[data-testid=history-dialog]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }

        Assert.Null(await page.EvaluateAsync<int?>("window.__xss ?? null"));
        Assert.Empty(await page.EvaluateAsync<string[]>("window.__violations"));
    }

    [Fact]
    public async Task Every_kind_of_page_works_under_the_policy_without_a_violation()
    {
        var page = await BrowserSignIn.MetricsPageAsync(fixture.Browser, Url, initScript: ViolationListener);
        var visited = new List<string>();

        foreach (var path in new[] { "/hangfire", "/hangfire/recurring", "/hangfire/jobs/succeeded", "/sys/metrics/email-preview", "/no-such-page", "/Error" })
        {
            var response = await page.GotoAsync(Url + path);
            Assert.NotNull(response);
            Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? "");
            // Hangfire's pages draw their charts and poll with script: a refused script would show here.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            visited.Add(path + ": " + string.Join(", ", await page.EvaluateAsync<string[]>("window.__violations")));
        }

        Assert.Equal(new[] { "/hangfire: ", "/hangfire/recurring: ", "/hangfire/jobs/succeeded: ", "/sys/metrics/email-preview: ", "/no-such-page: ", "/Error: " }, visited);
    }

    [Fact]
    public async Task Signing_out_in_one_tab_stops_the_circuit_of_another()
    {
        var first = await BrowserSignIn.MetricsPageAsync(fixture.Browser, Url);
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync($"{Url}/sys/metrics");
        await BrowserSignIn.InteractiveAsync(second);
        var collected = await second.Locator("[data-testid=last-collection] strong").InnerTextAsync();

        await first.ClickAsync("button[aria-label='Sign out']");
        await first.WaitForURLAsync($"{Url}/login");
        // A click in the second tab now would be dropped; it need not come: the idle page reloads by itself, which the
        // cookie check sends to sign in.
        await second.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/login"));
        Assert.Equal(0, await second.Locator("[data-testid=collect-now]").CountAsync());
        // A collection the click had started would be done within a few seconds: none is.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(collected, await LastCollectionAsync());
    }

    [Fact]
    public async Task A_demoted_admins_idle_page_goes_to_sign_in_without_a_click()
    {
        var page = await BrowserSignIn.MetricsPageAsync(fixture.Browser, Url, email: IdleAdmin, password: TestUsers.Password);

        // Demoted in Beryl while the tab sits idle: it sends nothing, yet it must show nothing more.
        var options = new DbContextOptionsBuilder<BerylDbContext>().UseSqlite($"Data Source={fixture.Folder.File("beryl.db")}").Options;
        await using (var beryl = new BerylDbContext(options))
            await beryl.Users.Where(u => u.Email == IdleAdmin).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsSuperuser, false));

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/login"), new PageWaitForURLOptions { Timeout = 15_000 });
    }

    [Fact]
    public async Task An_ordinary_account_signing_in_again_and_again_is_throttled_like_a_guesser()
    {
        using var member = ClientFrom("127.0.0.6");
        for (var n = 1; n <= 5; n++)
        {
            using var signedIn = await SignIn.PostLoginAsync(member, Member, TestUsers.Password);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        using var sixth = await SignIn.PostLoginAsync(member, Member, TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
    }

    [Fact]
    public async Task A_flood_of_sign_ins_from_many_addresses_is_turned_away_busy_and_the_admin_still_signs_in()
    {
        // Twelve addresses each try an unknown email at the same moment: Django's full hash (a million iterations)
        // for each, one at a time in the lane of everyone but admins, so the ones that find no slot within a second
        // are answered 503 without hashing; the admin's sign-in has a lane of its own.
        var flood = Enumerable.Range(1, 12).Select(n => ClientFrom($"127.0.1.{n}")).ToList();
        var forms = await Task.WhenAll(flood.Select(c => SignIn.HiddenFieldsAsync(c, "/login")));
        using var admin = ClientFrom("127.0.0.7");
        var adminForm = await SignIn.HiddenFieldsAsync(admin, "/login");

        var attempts = flood.Select((client, n) => client.PostAsync("/login", Form(forms[n], $"nobody{n}@example.org", "guess"))).ToList();
        var adminSignIn = admin.PostAsync("/login", Form(adminForm, DemoSeeder.AdminEmail, DemoSeeder.AdminPassword));
        var answers = await Task.WhenAll(attempts);

        Assert.Equal(HttpStatusCode.Redirect, (await adminSignIn).StatusCode);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        var busy = answers.Where(a => a.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(busy);
        Assert.All(busy, b => Assert.Equal("1", b.Headers.GetValues("Retry-After").Single()));
        Assert.Contains("The dashboard is busy checking other sign-ins", await busy[0].Content.ReadAsStringAsync());
        foreach (var client in flood)
            client.Dispose();
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> hidden, string email, string password) =>
        new(new Dictionary<string, string>(hidden) { ["Email"] = email, ["Password"] = password });

    [Fact]
    public async Task The_admin_signs_in_while_another_address_has_failed_five_times_for_that_account()
    {
        using var attacker = ClientFrom("127.0.0.2");
        for (var n = 1; n <= 5; n++)
        {
            using var failure = await SignIn.PostLoginAsync(attacker, DemoSeeder.AdminEmail, $"guess {n}");
            Assert.Equal(HttpStatusCode.OK, failure.StatusCode);
        }
        using var sixth = await SignIn.PostLoginAsync(attacker, DemoSeeder.AdminEmail, "guess 6");
        using var admin = ClientFrom("127.0.0.1");

        using var signIn = await SignIn.PostLoginAsync(admin, DemoSeeder.AdminEmail, DemoSeeder.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Wrong_Prometheus_tokens_are_throttled_per_address()
    {
        using var guesser = ClientFrom("127.0.0.3");
        for (var n = 1; n <= 5; n++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await ScrapeAsync(guesser, $"guess-{n}")).StatusCode);

        using var sixth = await ScrapeAsync(guesser, "guess-6");
        using var rightButThrottled = await ScrapeAsync(guesser, PrometheusToken);
        using var prometheus = ClientFrom("127.0.0.4");
        using var scrape = await ScrapeAsync(prometheus, PrometheusToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.True(int.Parse(sixth.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButThrottled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Equal("no-store", scrape.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_forged_Host_header_never_reaches_a_redirect()
    {
        using var client = ClientFrom("127.0.0.1");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sys/metrics");
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fsys%2Fmetrics", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_return_url_with_non_ascii_characters_signs_in_and_goes_back_there_encoded()
    {
        // Kestrel refuses a Location header with "ü" (the in-memory test server does not check header characters).
        using var admin = ClientFrom("127.0.0.5");

        using var signIn = await SignIn.PostLoginAsync(admin, DemoSeeder.AdminEmail, DemoSeeder.AdminPassword, "/sys/metrics?q=Zürich");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var back = new Uri(new Uri(Url), signIn.Headers.Location!);
        Assert.Equal((new Uri(Url).Authority, "/sys/metrics?q=Z%C3%BCrich"), (back.Authority, back.PathAndQuery));
    }

    [Fact]
    public async Task A_circuit_asked_for_by_another_site_is_refused()
    {
        using var admin = ClientFrom("127.0.0.1");
        await SignIn.SignInAsync(admin, DemoSeeder.AdminEmail, DemoSeeder.AdminPassword);

        using var foreign = await NegotiateAsync(admin, "https://evil.example");
        using var own = await NegotiateAsync(admin, Url);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("connectionToken", await own.Content.ReadAsStringAsync());
    }

    private async Task<string> LastCollectionAsync()
    {
        var page = await BrowserSignIn.MetricsPageAsync(fixture.Browser, Url);
        return await page.Locator("[data-testid=last-collection] strong").InnerTextAsync();
    }

    private static Task<HttpResponseMessage> ScrapeAsync(HttpClient client, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/sys/metrics/prometheus");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> NegotiateAsync(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);
        return client.SendAsync(request);
    }

    /// <summary>
    /// A client of the running app whose connections come from <paramref name="address"/> (any 127.x.x.x is this
    /// machine), so the app sees another client address; it keeps cookies and does not follow redirects.
    /// </summary>
    private HttpClient ClientFrom(string address) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    }) { BaseAddress = new Uri(Url) };
}
