using Beryl.Dashboard.Auth;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>
/// Whether an email exists must not show in how long a sign-in takes: every attempt runs Django's full
/// 1,000,000 PBKDF2 iterations, whatever is stored. Asserted on the work done, not on the clock.
/// </summary>
public sealed class SignInTimingTests : IAsyncLifetime
{
    private TestServices services = null!;
    private BerylAccounts accounts = null!;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        accounts = new BerylAccounts(services.Get<IDbContextFactory<BerylDbContext>>());
        await TestUsers.AddAsync(services.Provider, "cheap@beryl.test");                       // 1,000 iterations
        await TestUsers.AddAsync(services.Provider, "unusable@beryl.test");
        await TestUsers.UpdateAsync(services.Provider, "unusable@beryl.test", u => u.Password = "!Xk2mBzP0sLqv7WfEr9tYuIoPaSdFgHjKlZxCvBnM");
        await TestUsers.AddAsync(services.Provider, "older@beryl.test");
        await TestUsers.UpdateAsync(services.Provider, "older@beryl.test", u => u.Password = DjangoPasswordHasher.Hash(TestUsers.Password, iterations: 260_000)); // Django 3.2's count
        await TestUsers.AddAsync(services.Provider, "django52@beryl.test");
        await TestUsers.UpdateAsync(services.Provider, "django52@beryl.test", u => u.Password = DjangoPasswordHasher.Hash(TestUsers.Password));
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Theory]
    [InlineData("nobody@beryl.test", "any password")]        // unknown email
    [InlineData("unusable@beryl.test", "any password")]      // Django's unusable password
    [InlineData("cheap@beryl.test", "wrong password")]       // a 1,000-iteration hash, wrong password
    [InlineData("cheap@beryl.test", TestUsers.Password)]     // ... and the right one
    [InlineData("older@beryl.test", "wrong password")]       // Django 3.2's 260,000
    [InlineData("django52@beryl.test", "wrong password")]    // Django 5.2's 1,000,000
    [InlineData("", "any password")]                         // no email at all
    public async Task Every_attempt_runs_Djangos_full_iteration_count(string email, string password)
    {
        var (_, iterations) = await accounts.CheckAsync(email, password);

        Assert.Equal(1_000_000, iterations);
    }

    [Theory]
    [InlineData("cheap@beryl.test")]
    [InlineData("older@beryl.test")]
    [InlineData("django52@beryl.test")]
    public async Task The_right_password_signs_in_whatever_the_stored_cost(string email)
    {
        var (principal, _) = await accounts.CheckAsync(email, TestUsers.Password);

        Assert.NotNull(principal);
    }

    [Fact]
    public async Task The_unknown_and_the_unusable_never_sign_in()
    {
        Assert.Null((await accounts.CheckAsync("nobody@beryl.test", "")).Principal);
        Assert.Null((await accounts.CheckAsync("unusable@beryl.test", "!Xk2mBzP0sLqv7WfEr9tYuIoPaSdFgHjKlZxCvBnM")).Principal);
    }
}
