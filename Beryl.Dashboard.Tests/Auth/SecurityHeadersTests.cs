using Beryl.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beryl.Dashboard.Tests.Auth;

[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await TestUsers.AddAsync(app.Services, "member@beryl.test", superuser: false);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Theory]
    [InlineData("/login")]   // a page
    [InlineData("/")]        // the redirect to /login
    [InlineData("/health")]  // plain text
    [InlineData("/app.css")] // a static asset
    public async Task Every_response_forbids_sniffing_referrers_and_framing(string path)
    {
        using var response = await client.GetAsync(path);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_403_of_a_non_admin_carries_them_too()
    {
        await SignIn.SignInAsync(client, "member@beryl.test", TestUsers.Password);

        using var response = await client.GetAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
