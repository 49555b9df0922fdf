using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// The session cookie's checks: every request re-reads the user in Beryl (one lookup by primary key), so an
/// admin who is disabled, banned, demoted or given a new password loses the session on the next request;
/// and a signed-in non-admin gets 403 instead of being redirected to an access-denied page.
/// </summary>
public sealed class AdminCookieEvents(BerylAccounts accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && await accounts.IsCurrentAsync(principal, context.HttpContext.RequestAborted))
            return;
        context.RejectPrincipal();
        // Also drop the cookie, so the browser stops sending a session that can never work again.
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        ForbiddenResponse.WriteAsync(context.HttpContext);
}
