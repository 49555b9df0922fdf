using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Beryl.Dashboard.Auth;

namespace Beryl.Dashboard.Export;

/// <summary>
/// Who may scrape <c>/sys/metrics/prometheus</c>: a request bearing the configured token (Prometheus), or a
/// signed-in admin (a person looking at it in the browser). Without a configured token (<c>Metrics:PrometheusToken</c>)
/// only admins may.
/// </summary>
public static class PrometheusAccess
{
    public static bool IsAllowed(string? authorizationHeader, ClaimsPrincipal user, string? configuredToken) =>
        user.IsInRole(AdminAccess.Role) ||
        configuredToken is not null && BearerToken(authorizationHeader) is { } presented && TokensMatch(presented, configuredToken);

    /// <summary>The token of an <c>Authorization: Bearer ...</c> header (the scheme is case-insensitive), or null.</summary>
    public static string? BearerToken(string? authorizationHeader) =>
        AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
        && header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter)
            ? header.Parameter.Trim()
            : null;

    /// <summary>
    /// Compares in time that does not depend on where the tokens differ, so the token cannot be guessed a
    /// character at a time; only a difference in length returns early.
    /// </summary>
    public static bool TokensMatch(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
