using System.Net;
using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>
/// Failed sign-ins are limited per client address: the sixth failure within a minute gets 429. (Every request of
/// the in-memory test server comes from the same unknown address; AttackTests has clients at other addresses.)
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private const string Throttled = "Too many sign-ins from here. Wait a minute, then try again.";

    private readonly ClockedAppFactory app = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, "root@beryl.test");
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_sixth_failure_from_one_client_gets_429_and_then_even_the_right_password_is_refused()
    {
        await FailAsync("root@beryl.test", times: 5);

        using var sixth = await SignIn.PostLoginAsync(client, "root@beryl.test", "guess 6");
        using var right = await SignIn.PostLoginAsync(client, "root@beryl.test", TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Contains(Throttled, await sixth.Content.ReadAsStringAsync());
        Assert.Equal("60", sixth.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.DoesNotContain(SetCookies(right), c => c.StartsWith(AdminSignInSetup.CookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sixth_failure_from_one_client_gets_429_even_for_different_emails()
    {
        for (var n = 1; n <= 5; n++)
        {
            using var failure = await SignIn.PostLoginAsync(client, $"guess{n}@beryl.test", "password");
            Assert.Equal(HttpStatusCode.OK, failure.StatusCode);
        }

        using var sixth = await SignIn.PostLoginAsync(client, "root@beryl.test", TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Contains(Throttled, await sixth.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_still_leave_the_right_password_working()
    {
        await FailAsync("root@beryl.test", times: 4);

        using var fifthTry = await SignIn.PostLoginAsync(client, "root@beryl.test", TestUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, fifthTry.StatusCode);
    }

    [Fact]
    public async Task A_minute_after_the_first_failure_the_account_can_sign_in_again()
    {
        await FailAsync("root@beryl.test", times: 5);
        app.Clock.Advance(TimeSpan.FromSeconds(59));
        using var stillLimited = await SignIn.PostLoginAsync(client, "root@beryl.test", TestUsers.Password);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        using var free = await SignIn.PostLoginAsync(client, "root@beryl.test", TestUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, stillLimited.StatusCode);
        Assert.Equal("1", stillLimited.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.Redirect, free.StatusCode);
    }

    private async Task FailAsync(string email, int times)
    {
        for (var n = 1; n <= times; n++)
        {
            using var failure = await SignIn.PostLoginAsync(client, email, $"guess {n}");
            Assert.Equal(HttpStatusCode.OK, failure.StatusCode);
        }
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
