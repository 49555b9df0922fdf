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
