using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// The session cookie's checks: every request asks <see cref="AdminSessions"/> whether the session still holds
/// (not signed out, its Beryl user still an admin with the same password), so a copied cookie dies with its
/// sign-out and an admin who is disabled, banned, demoted or given a new password loses the session on the next
/// request; a signed-in non-admin gets 403 instead of being redirected to an access-denied page; the way to
/// /login is a relative URL, never one built from the request's Host header; and the way back after signing in is a
/// local one.
/// </summary>
public sealed class AdminCookieEvents(AdminSessions sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && await sessions.IsCurrentAsync(principal, context.HttpContext.RequestAborted))
            return;
        context.RejectPrincipal();
        // Also drop the cookie, so the browser stops sending a session that can never work again.
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var request = context.Request;
        context.RedirectUri = request.PathBase + context.Options.LoginPath
            + QueryString.Create(context.Options.ReturnUrlParameter, request.PathBase + request.Path + request.QueryString);
        return base.RedirectToLogin(context);
    }

    /// <summary>
    /// After a sign-in on /login the cookie handler itself follows the page's ReturnUrl, before the page's own
    /// check: the same rule (<see cref="LocalReturnUrl"/>) keeps it on this site and makes it a valid Location header
    /// (Kestrel refuses a header with a non-ASCII character, which turned a correct sign-in into a 500).
    /// </summary>
    public override Task RedirectToReturnUrl(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.RedirectUri = LocalReturnUrl.From(context.RedirectUri);
        return base.RedirectToReturnUrl(context);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        ForbiddenResponse.WriteAsync(context.HttpContext);
}
