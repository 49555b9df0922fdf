using System.Net;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>
/// /logout opened as a link (GET), or as the ReturnUrl of a sign-in: it cannot sign out (another site could make that
/// request), and it is no 404 either: it goes home.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LogoutLinkTests
{
    [Fact]
    public async Task A_get_of_logout_goes_home_and_keeps_the_session()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, "admin@beryl.test");
        await SignIn.SignInAsync(client, "admin@beryl.test", TestUsers.Password);

        using var logout = await client.GetAsync("/logout");
        using var page = await client.GetAsync("/sys/metrics");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal("/", logout.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Signing_in_with_logout_as_the_return_url_goes_home_too()
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, "admin@beryl.test");

        using var signIn = await SignIn.PostLoginAsync(client, "admin@beryl.test", TestUsers.Password, "/logout");
        using var next = await client.GetAsync(signIn.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/", next.Headers.Location?.OriginalString);
    }
}
