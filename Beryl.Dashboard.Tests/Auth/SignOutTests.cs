using System.Net;
using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>
/// Signing out ends the session on the server, not only in the browser that signed out: a copy of its cookie
/// taken before (another tab, a stolen cookie) is refused afterwards.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SignOutTests : AdminAndMemberApp
{
    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_gets_the_sign_in_page()
    {
        var saved = await SignInAsync();
        using var signOut = await SignIn.SignOutAsync(Client);

        using var replay = await WithCookieAsync(saved, new HttpRequestMessage(HttpMethod.Get, "/sys/metrics"));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fsys%2Fmetrics", replay.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_session_cookie_replayed_after_sign_out_cannot_open_a_circuit()
    {
        var saved = await SignInAsync();
        using var before = await WithCookieAsync(saved, new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1"));
        using var signOut = await SignIn.SignOutAsync(Client);

        using var after = await WithCookieAsync(saved, new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1"));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_only_that_session()
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);
        using var otherBrowser = App.CreateSignInClient();
        await SignIn.SignInAsync(otherBrowser, "root@beryl.test", TestUsers.Password);

        using var signOut = await SignIn.SignOutAsync(Client);
        using var other = await otherBrowser.GetAsync("/sys/metrics");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    /// <summary>Signs <see cref="AdminAndMemberApp.Client"/> in and returns its session cookie, as a Cookie header value.</summary>
    private async Task<string> SignInAsync()
    {
        using var response = await SignIn.PostLoginAsync(Client, "root@beryl.test", TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie")
            .Single(c => c.StartsWith(AdminSignInSetup.CookieName + "=", StringComparison.Ordinal))
            .Split(';')[0];
    }

    /// <summary>Sends <paramref name="request"/> with only <paramref name="cookie"/>, from a client that keeps none.</summary>
    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, HttpRequestMessage request)
    {
        using var bare = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }
}
