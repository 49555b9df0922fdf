using System.Net;
using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>The /login form and /logout, through HTTP as a browser uses them.</summary>
[Collection(AppCollection.Name)]
public sealed class SignInTests : IAsyncLifetime
{
    private const string Refused = "Email or password is incorrect.";

    private readonly DashboardAppFactory app = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, "Root@Beryl.test");
        await TestUsers.AddAsync(app.Services, "retired@beryl.test", active: false);
        await TestUsers.AddAsync(app.Services, "banned@beryl.test", banned: true);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_right_password_signs_in_and_goes_home()
    {
        using var response = await SignIn.PostLoginAsync(client, "Root@Beryl.test", TestUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AdminSignInSetup.CookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_email_matches_in_any_case()
    {
        using var response = await SignIn.PostLoginAsync(client, "  root@BERYL.TEST ", TestUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_one_message_and_sets_no_session_cookie()
    {
        using var response = await SignIn.PostLoginAsync(client, "Root@Beryl.test", "correct horse battery");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Refused, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(AdminSignInSetup.CookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        using var unknown = await SignIn.PostLoginAsync(client, "nobody@beryl.test", TestUsers.Password);
        using var wrong = await SignIn.PostLoginAsync(client, "Root@Beryl.test", "wrong");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(ErrorOf(await wrong.Content.ReadAsStringAsync()), ErrorOf(await unknown.Content.ReadAsStringAsync()));
        Assert.Equal(Refused, ErrorOf(await unknown.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("retired@beryl.test")]
    [InlineData("banned@beryl.test")]
    public async Task A_disabled_or_banned_admin_cannot_sign_in_even_with_the_right_password(string email)
    {
        using var response = await SignIn.PostLoginAsync(client, email, TestUsers.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Refused, ErrorOf(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_user_with_an_unusable_password_cannot_sign_in()
    {
        // Django marks "no password" with a leading '!' (seed-demo's ops@beryl.local has exactly "!").
        await TestUsers.UpdateAsync(app.Services, "Root@Beryl.test", u => u.Password = "!");

        using var bang = await SignIn.PostLoginAsync(client, "Root@Beryl.test", "!");
        using var empty = await SignIn.PostLoginAsync(client, "Root@Beryl.test", "");

        Assert.Equal(Refused, ErrorOf(await bang.Content.ReadAsStringAsync()));
        Assert.Equal(Refused, ErrorOf(await empty.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/sys/metrics?day=2026-03-01", "http://localhost/sys/metrics?day=2026-03-01")]
    [InlineData("/sys/metrics?q=Zürich", "http://localhost/sys/metrics?q=Z%C3%BCrich")] // a Location header is ASCII
    [InlineData("https://evil.example/phish", "http://localhost/")]
    [InlineData("//evil.example/phish", "http://localhost/")]
    [InlineData("/\\evil.example/phish", "http://localhost/")]
    public async Task After_signing_in_only_a_local_return_url_is_followed(string returnUrl, string expectedLocation)
    {
        using var response = await SignIn.PostLoginAsync(client, "Root@Beryl.test", TestUsers.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expectedLocation, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_rejected_with_400()
    {
        var fields = await SignIn.HiddenFieldsAsync(client, "/login");
        fields.Remove("__RequestVerificationToken");
        fields["Email"] = "Root@Beryl.test";
        fields["Password"] = TestUsers.Password;

        using var response = await client.PostAsync("/login", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(AdminSignInSetup.CookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_returns_to_login()
    {
        await SignIn.SignInAsync(client, "Root@Beryl.test", TestUsers.Password);

        using var signOut = await SignIn.SignOutAsync(client);
        using var home = await client.GetAsync("/sys/metrics");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/login", signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/login", home.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_rejected_and_keeps_the_session()
    {
        await SignIn.SignInAsync(client, "Root@Beryl.test", TestUsers.Password);

        using var signOut = await client.PostAsync("/logout", new FormUrlEncodedContent([]));
        using var home = await client.GetAsync("/sys/metrics");

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_strict_and_not_secure_over_http()
    {
        using var response = await SignIn.PostLoginAsync(client, "Root@Beryl.test", TestUsers.Password);

        var cookie = SessionCookie(response);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
        Assert.DoesNotContain("secure", cookie);
        Assert.DoesNotContain("expires", cookie);
    }

    [Fact]
    public async Task The_session_cookie_is_secure_under_https()
    {
        using var https = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
        });

        using var response = await SignIn.PostLoginAsync(https, "Root@Beryl.test", TestUsers.Password);

        var cookie = SessionCookie(response);
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_secure_under_https_and_never_sent_cross_site()
    {
        using var https = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
        });

        using var response = await https.GetAsync("/login");

        var cookie = SetCookies(response).Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal))
            .Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", cookie);
        Assert.Contains("samesite=strict", cookie);
    }

    /// <summary>The attributes of the session cookie's Set-Cookie header, lower case, split at ';'.</summary>
    private static List<string> SessionCookie(HttpResponseMessage response) =>
        SetCookies(response).Single(c => c.StartsWith(AdminSignInSetup.CookieName + "=", StringComparison.Ordinal))
            .Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    /// <summary>The text of the form's error paragraph, or null when there is none.</summary>
    private static string? ErrorOf(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "<p class=\"error\"[^>]*>([^<]*)</p>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}
