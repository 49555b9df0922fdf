using System.Net;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>Who may open what: anonymous, a signed-in non-admin, an admin.</summary>
[Collection(AppCollection.Name)]
public sealed class AccessTests : AdminAndMemberApp
{
    [Fact]
    public async Task An_anonymous_page_request_is_redirected_to_login_with_its_return_url()
    {
        using var response = await Client.GetAsync("/sys/metrics?day=2026-03-01");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fsys%2Fmetrics%3Fday%3D2026-03-01", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_home_page_sends_an_anonymous_visitor_to_login()
    {
        using var response = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2F", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_login_page_and_static_assets_are_open_to_anonymous_visitors()
    {
        using var login = await Client.GetAsync("/login");
        using var css = await Client.GetAsync("/app.css");
        using var blazor = await Client.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("<form method=\"post\"", await login.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, blazor.StatusCode);
    }

    [Fact]
    public async Task Health_answers_anonymous_requests_with_healthy()
    {
        using var response = await Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_503_when_Beryls_database_is_gone()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(App.Folder.File("beryl.db"));

        using var response = await Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_admin_gets_the_metrics_page()
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync("/sys/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("root@beryl.test", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_in_user_who_is_not_a_superuser_gets_403_on_every_page()
    {
        await SignIn.SignInAsync(Client, "member@beryl.test", TestUsers.Password);

        using var home = await Client.GetAsync("/");
        using var metrics = await Client.GetAsync("/sys/metrics");

        Assert.Equal(HttpStatusCode.Forbidden, home.StatusCode);
        Assert.Contains("You are signed in as member@beryl.test, which is not a Beryl admin.", await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, metrics.StatusCode);
    }

    [Fact]
    public async Task An_unknown_path_does_not_tell_an_anonymous_visitor_that_it_does_not_exist()
    {
        using var response = await Client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=", response.Headers.Location?.ToString());
    }
}
