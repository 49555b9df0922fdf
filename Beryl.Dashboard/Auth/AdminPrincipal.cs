using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Beryl.Dashboard.BerylData;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// The claims a dashboard session carries about its Beryl user, and how to read them back.
/// </summary>
public static class AdminPrincipal
{
    /// <summary>
    /// A digest of the user's stored password hash, like Django's session auth hash: when the password
    /// changes in Beryl, the dashboard session ends too.
    /// </summary>
    public const string PasswordStampClaim = "beryl:password-stamp";

    public static ClaimsPrincipal For(User user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Email),
            new(PasswordStampClaim, PasswordStamp(user.Password)),
        };
        if (IsAdmin(user))
            claims.Add(new Claim(ClaimTypes.Role, AdminAccess.Role));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>Who may use the dashboard: an active, not banned Beryl superuser.</summary>
    public static bool IsAdmin(User user) => user.IsSuperuser && MaySignIn(user);

    /// <summary>Who may hold a session at all (non-admins get one, and a 403 on every page).</summary>
    public static bool MaySignIn(User user) => user.IsActive && user.Profile?.IsContentBanned != true;

    public static int? UserId(ClaimsPrincipal principal) =>
        int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>
    /// True while the session still describes <paramref name="user"/> as it is now: same password, still
    /// allowed to sign in, and admin exactly when the session says so.
    /// </summary>
    public static bool StillMatches(ClaimsPrincipal principal, User user) =>
        MaySignIn(user)
        && principal.FindFirstValue(PasswordStampClaim) == PasswordStamp(user.Password)
        && principal.IsInRole(AdminAccess.Role) == IsAdmin(user);

    private static string PasswordStamp(string storedHash) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(storedHash)));
}
