using System.Net;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>An open session follows Beryl: when the admin changes there, the next request sees it.</summary>
[Collection(AppCollection.Name)]
public sealed class SessionRevalidationTests : IAsyncLifetime
{
    private const string Email = "root@beryl.test";

    private readonly DashboardAppFactory app = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, Email);
        await SignIn.SignInAsync(client, Email, TestUsers.Password);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    public static TheoryData<string> Changes() => ["disabled", "banned", "no longer superuser", "new password", "deleted"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task The_session_of_an_admin_who_changes_in_Beryl_ends_on_the_next_request(string change)
    {
        using var before = await client.GetAsync("/sys/metrics");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        await ApplyAsync(change);
        using var after = await client.GetAsync("/sys/metrics");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fsys%2Fmetrics", after.Headers.Location?.ToString());
    }

    [Fact]
    public async Task An_unrelated_change_to_the_admin_keeps_the_session()
    {
        await TestUsers.UpdateAsync(app.Services, Email, u => u.LastLogin = new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc));

        using var after = await client.GetAsync("/sys/metrics");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private Task ApplyAsync(string change) => change switch
    {
        "disabled" => TestUsers.UpdateAsync(app.Services, Email, u => u.IsActive = false),
        "banned" => TestUsers.UpdateAsync(app.Services, Email, u => u.Profile!.IsContentBanned = true),
        "no longer superuser" => TestUsers.UpdateAsync(app.Services, Email, u => u.IsSuperuser = false),
        "new password" => TestUsers.UpdateAsync(app.Services, Email,
            u => u.Password = DjangoPasswordHasher.Hash("a new password", iterations: TestUsers.FastIterations)),
        "deleted" => TestUsers.DeleteAsync(app.Services, Email),
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
    };
}
