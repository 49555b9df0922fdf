using System.Net;
using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Auth;

[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests : AdminAndMemberApp
{
    [Theory]
    [InlineData("/login")]   // a page
    [InlineData("/")]        // the redirect to /login
    [InlineData("/health")]  // plain text
    [InlineData("/app.css")] // a static asset
    [InlineData("/Error")]   // the error page
    public async Task Every_response_forbids_sniffing_referrers_and_framing(string path)
    {
        using var response = await Client.GetAsync(path);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_403_of_a_non_admin_carries_them_too()
    {
        await SignIn.SignInAsync(Client, "member@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/sys/metrics", HttpStatusCode.OK)]                 // a Blazor page
    [InlineData("/hangfire", HttpStatusCode.OK)]                    // Hangfire's dashboard
    [InlineData("/hangfire/recurring", HttpStatusCode.OK)]
    [InlineData("/sys/metrics/email-preview", HttpStatusCode.NotFound)] // no snapshot yet: its message page
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]          // the not-found page
    public async Task Every_page_an_admin_opens_carries_them(string path, HttpStatusCode status)
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Theory]
    [InlineData("/sys/metrics/history.csv")]
    [InlineData("/sys/metrics/email-preview")]
    [InlineData("/sys/metrics/prometheus")]
    [InlineData("/sys/metrics")]
    public async Task Answers_about_Beryl_are_never_stored_by_a_browser_or_proxy(string path)
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync(path);

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public void The_policy_runs_only_the_dashboards_own_script_files_and_forbids_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'self'"], directives["base-uri"]);
        Assert.DoesNotContain(directives, d => d.Key != "style-src" && d.Value.Contains("'unsafe-inline'"));
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        // DENY and frame-ancestors 'none' say the same, for old and new browsers.
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
