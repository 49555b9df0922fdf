using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// An interactive page talks to the server over its circuit, not through HTTP requests, so the cookie check
/// never sees its clicks, nor what the server pushes to an idle page. This checks the user again before each thing
/// the browser sends, and a page asks it (<see cref="ConfirmAsync"/>) before it shows anything new by itself; once
/// the session no longer holds (signed out, or Beryl's user demoted, disabled, banned or given a new password), the
/// event is dropped, nothing more is shown, and the browser reloads, which the cookie check then sends to /login.
/// </summary>
public sealed class AdminCircuitGuard(
    AuthenticationStateProvider authentication,
    AdminSessions sessions,
    NavigationManager navigation) : CircuitHandler
{
    private bool ended;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (await ConfirmAsync())
                await next(context);
        };

    /// <summary>
    /// Whether the session still holds, looked up now (one read of the user by id); when it does not, the browser is
    /// sent to sign in. Call it on the circuit's dispatcher (inside <c>InvokeAsync</c>).
    /// </summary>
    public async Task<bool> ConfirmAsync()
    {
        if (await IsCurrentAsync())
            return true;
        if (!ended)
        {
            ended = true;
            navigation.NavigateTo(SignInEndpoints.LoginPath, forceLoad: true);
        }
        return false;
    }

    private async Task<bool> IsCurrentAsync()
    {
        if (ended)
            return false;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        // Signed out in another tab of this instance: known without a lookup.
        if (sessions.HasEndedHere(user))
            return false;
        return await sessions.IsCurrentAsync(user);
    }
}
