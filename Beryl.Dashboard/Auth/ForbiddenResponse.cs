using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// The answer to a signed-in user who is not an admin: 403 with a short page that says who is signed in and
/// offers to sign out, rather than a redirect that would look like a broken sign-in.
/// </summary>
public static class ForbiddenResponse
{
    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var name = HtmlEncoder.Default.Encode(context.User.FindFirstValue(ClaimTypes.Name) ?? "this account");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Not an admin · Beryl Dashboard</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
            <h1>Not an admin</h1>
            <p>You are signed in as {name}, which is not a Beryl admin. The dashboard is for active Beryl superusers.</p>
            <form method="post" action="{SignInEndpoints.LogoutPath}">
            <input type="hidden" name="{HtmlEncoder.Default.Encode(tokens.FormFieldName)}" value="{HtmlEncoder.Default.Encode(tokens.RequestToken ?? "")}">
            <button type="submit">Sign out</button>
            </form>
            </body></html>
            """);
    }
}
