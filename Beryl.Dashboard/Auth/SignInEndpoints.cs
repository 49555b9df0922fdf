using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Beryl.Dashboard.Auth;

/// <summary>The endpoints of signing in that are not the /login page itself.</summary>
public static class SignInEndpoints
{
    public const string LoginPath = "/login";
    public const string LogoutPath = "/logout";
    public const string HealthPath = "/health";

    /// <summary>
    /// POST /logout ends the session on the server (<see cref="AdminSessions.EndAsync"/>), drops its cookie and
    /// goes back to /login; GET /logout goes home. It needs the antiforgery token, so another site cannot sign an admin out; anyone may
    /// call it, since signing out needs no rights.
    /// </summary>
    public static IEndpointConventionBuilder MapLogout(this IEndpointRouteBuilder endpoints)
    {
        // A link to /logout (or a ReturnUrl to it) cannot sign out, since another site could make that request: it goes
        // home, where the signed-in see the sign-out button and the others the sign-in page, instead of a 404.
        endpoints.MapGet(LogoutPath, () => Results.Redirect("/")).AllowAnonymous();
        return endpoints.MapPost(LogoutPath, async (HttpContext http, IAntiforgery antiforgery, AdminSessions sessions) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
                return Results.BadRequest("The sign-out form expired; reload the page and sign out again.");
            await sessions.EndAsync(http.User, http.RequestAborted);
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(LoginPath);
        }).AllowAnonymous();
    }
}
