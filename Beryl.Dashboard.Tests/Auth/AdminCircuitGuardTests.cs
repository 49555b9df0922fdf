using System.Security.Claims;
using Beryl.Dashboard.Auth;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>
/// The circuit of an open interactive page follows Beryl too: on the browser's very next event, and before the page
/// shows anything new by itself.
/// </summary>
public sealed class AdminCircuitGuardTests : IAsyncLifetime
{
    private TestServices services = null!;
    private readonly RecordingNavigation navigation = new();
    private AdminCircuitGuard guard = null!;
    private AdminSessions sessions = null!;
    private ClaimsPrincipal session = null!;
    private Func<CircuitInboundActivityContext, Task> handler = null!;
    private int passedOn;

    public async Task InitializeAsync()
    {
        services = await TestServices.CreateAsync(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var admin = await TestUsers.AddAsync(services.Provider, "root@beryl.test");
        await using var db = services.Beryl();
        sessions = new AdminSessions(new BerylAccounts(services.Get<IDbContextFactory<BerylDbContext>>()),
            services.Get<IDbContextFactory<DashboardDbContext>>(), services.Clock);
        session = sessions.Start(AdminPrincipal.For(await db.Users.Include(u => u.Profile).SingleAsync(u => u.Id == admin.Id)));
        guard = new AdminCircuitGuard(new FixedAuthentication(session), sessions, navigation);
        handler = guard.CreateInboundActivityHandler(_ => { passedOn++; return Task.CompletedTask; });
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    // The handlers get null for the activity context: its constructor is internal and the guard does not read it.

    [Fact]
    public async Task Events_of_a_current_admin_go_through()
    {
        await handler(null!);
        await handler(null!);

        Assert.Equal(2, passedOn);
        Assert.Empty(navigation.Visits);
    }

    [Fact]
    public async Task Once_the_admin_is_disabled_the_very_next_event_is_dropped_and_the_browser_reloads_to_login()
    {
        await handler(null!);
        await TestUsers.UpdateAsync(services.Provider, "root@beryl.test", u => u.IsActive = false);

        await handler(null!);
        await handler(null!);

        Assert.Equal(1, passedOn);
        Assert.Equal([("http://localhost/login", true)], navigation.Visits);
    }

    [Fact]
    public async Task A_demoted_admins_idle_page_is_told_to_show_nothing_more_and_goes_to_login()
    {
        Assert.True(await guard.ConfirmAsync());
        await TestUsers.UpdateAsync(services.Provider, "root@beryl.test", u => u.IsSuperuser = false);

        Assert.False(await guard.ConfirmAsync());
        Assert.False(await guard.ConfirmAsync());
        Assert.Equal([("http://localhost/login", true)], navigation.Visits);
    }

    [Fact]
    public async Task Signed_out_in_another_tab_the_very_next_event_is_dropped()
    {
        await handler(null!);
        await sessions.EndAsync(session);

        await handler(null!);

        Assert.Equal(1, passedOn);
        Assert.Equal([("http://localhost/login", true)], navigation.Visits);
    }

    [Fact]
    public async Task A_session_ends_a_day_after_sign_in_however_busy()
    {
        services.Clock.Advance(AdminSessions.MaxAge - TimeSpan.FromSeconds(1));
        await handler(null!);
        services.Clock.Advance(TimeSpan.FromSeconds(2));

        await handler(null!);

        Assert.Equal(1, passedOn);
        Assert.Equal([("http://localhost/login", true)], navigation.Visits);
    }

    private sealed class FixedAuthentication(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }

    private sealed class RecordingNavigation : NavigationManager
    {
        public List<(string Uri, bool ForceLoad)> Visits { get; } = [];

        public RecordingNavigation() => Initialize("http://localhost/", "http://localhost/sys/metrics");

        protected override void NavigateToCore(string uri, NavigationOptions options) =>
            Visits.Add((ToAbsoluteUri(uri).ToString(), options.ForceLoad));
    }
}
