using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// An interactive page talks to the server over its circuit, not through HTTP requests, so the cookie check
/// never sees its clicks. This checks the user again before each thing the browser sends (at most every
/// <see cref="RecheckAfter"/>); once the session no longer holds (signed out, or Beryl's user changed), the event is dropped and the
/// browser reloads, which the cookie check then sends to /login.
/// </summary>
public sealed class AdminCircuitGuard(
    AuthenticationStateProvider authentication,
    AdminSessions sessions,
    NavigationManager navigation,
    TimeProvider clock) : CircuitHandler
{
    /// <summary>A render acknowledgement or a burst of input needs no fresh lookup each.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(5);

    private DateTimeOffset? lastConfirmed;
    private bool ended;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (await IsCurrentAsync())
                await next(context);
            else if (!ended)
            {
                ended = true;
                navigation.NavigateTo(SignInEndpoints.LoginPath, forceLoad: true);
            }
        };

    private async Task<bool> IsCurrentAsync()
    {
        if (ended)
            return false;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        // Signed out in another tab of this instance: stop now, not at the next full check.
        if (sessions.HasEndedHere(user))
            return false;
        var now = clock.GetUtcNow();
        if (lastConfirmed is { } confirmed && now - confirmed < RecheckAfter)
            return true;
        if (!await sessions.IsCurrentAsync(user))
            return false;
        lastConfirmed = now;
        return true;
    }
}
