using Beryl.Dashboard.Auth;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>
/// Which account an email signs in, as Beryl's own sign-in decides it: any case, Unicode letters included, the
/// account whose password matches, and none when two would.
/// </summary>
public sealed class EmailMatchTests : IAsyncLifetime
{
    private TestServices services = null!;
    private BerylAccounts accounts = null!;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        accounts = new BerylAccounts(services.Get<IDbContextFactory<BerylDbContext>>());
        // An earlier account whose email differs from the admin's only in case, with a password of its own.
        await TestUsers.AddAsync(services.Provider, "Admin@beryl.local", superuser: false, password: "someone else's");
        await TestUsers.AddAsync(services.Provider, "admin@beryl.local");
        await TestUsers.AddAsync(services.Provider, "ÄDMIN2@beryl.local");
        // Two accounts, one email in two cases, one password: no way to tell which is meant.
        await TestUsers.AddAsync(services.Provider, "twin@beryl.local");
        await TestUsers.AddAsync(services.Provider, "TWIN@beryl.local");
        await TestUsers.AddAsync(services.Provider, "under_score%@beryl.local");
        await TestUsers.AddAsync(services.Provider, "underXscoreY@beryl.local");
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    private async Task<string?> SignedInAsync(string email, string password = TestUsers.Password)
    {
        var (principal, _) = await accounts.CheckAsync(email, password);
        if (principal is null)
            return null;
        await using var db = await services.Get<IDbContextFactory<BerylDbContext>>().CreateDbContextAsync();
        return (await db.Users.SingleAsync(u => u.Id == AdminPrincipal.UserId(principal))).Email;
    }

    [Fact]
    public async Task The_account_whose_password_matches_signs_in_not_the_earlier_one_in_another_case()
    {
        Assert.Equal("admin@beryl.local", await SignedInAsync("admin@beryl.local"));
        Assert.Equal("admin@beryl.local", await SignedInAsync("ADMIN@Beryl.Local"));
        Assert.Equal("Admin@beryl.local", await SignedInAsync("admin@beryl.local", "someone else's"));
    }

    [Theory]
    [InlineData("ÄDMIN2@beryl.local")]
    [InlineData("ädmin2@beryl.local")]
    [InlineData("Ädmin2@BERYL.local")]
    public async Task A_non_ascii_capital_matches_in_any_case(string typed)
    {
        Assert.Equal("ÄDMIN2@beryl.local", await SignedInAsync(typed));
    }

    [Fact]
    public async Task Two_accounts_that_both_match_are_ambiguous_and_neither_signs_in()
    {
        Assert.Null(await SignedInAsync("twin@beryl.local"));
        Assert.Null(await SignedInAsync("TWIN@beryl.local"));
    }

    [Fact]
    public async Task Like_wildcards_in_a_typed_email_match_only_themselves()
    {
        Assert.Equal("under_score%@beryl.local", await SignedInAsync("under_score%@beryl.local"));
        Assert.Null(await SignedInAsync("under_score_@beryl.local"));
    }
}
