using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// One sign-in attempt from the /login form: throttle, look the account up, check the password within the
/// <see cref="HashCheckGate"/>, issue the session cookie. Every attempt counts against the client's budget except an
/// admin's success: an ordinary account's right password signs in to nothing it may use, and fifty of them a minute
/// are fifty hashes.
/// </summary>
public sealed class PasswordSignIn(BerylAccounts accounts, AdminSessions sessions, ISignInThrottle throttle, HashCheckGate gate)
{
    /// <summary>Clients without a remote address (a test server, a unix socket) share one budget.</summary>
    public const string UnknownClient = "unknown";

    /// <summary>When a busy answer says to try again.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(1);

    public async Task<(SignInOutcome Outcome, TimeSpan RetryAfter)> SignInAsync(
        HttpContext http, string? email, string? password)
    {
        var keys = ThrottleKeys(http);
        if (throttle.TryStart(keys, out var retryAfter) is not { } ticket)
            return (SignInOutcome.Throttled, retryAfter);

        var candidates = await accounts.FindAsync(email, http.RequestAborted);
        ClaimsPrincipal? principal;
        using (var slot = await gate.EnterAsync(candidates.Any(AdminPrincipal.IsAdmin), http.RequestAborted))
        {
            if (slot is null)
            {
                // Nothing was checked: the attempt does not count.
                throttle.Forgive(ticket);
                return (SignInOutcome.Busy, BusyRetryAfter);
            }
            principal = BerylAccounts.Verify(candidates, password).Principal;
        }
        if (principal is null)
            return (SignInOutcome.Refused, TimeSpan.Zero);

        if (principal.IsInRole(AdminAccess.Role))
            throttle.Forgive(ticket);
        // Not persistent: the cookie lives as long as the browser session, within the 8 hours of sliding expiry.
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, sessions.Start(principal),
            new AuthenticationProperties { IsPersistent = false });
        return (SignInOutcome.SignedIn, TimeSpan.Zero);
    }

    /// <summary>
    /// The client's address is the one key: it limits the guesses of one address at every account. There is no
    /// key for the account alone, because failures counted per account from anywhere let anyone lock the real
    /// admin out by failing five times a minute at their email; an account is counted per address instead, which
    /// this key already does. Guesses spread over many addresses are bounded by the hash cost
    /// (<see cref="BerylAccounts"/> always spends Django's full iteration count).
    /// </summary>
    public static IReadOnlyList<string> ThrottleKeys(HttpContext http) =>
        ["client:" + Client(http.Connection.RemoteIpAddress)];

    /// <summary>
    /// An IPv4 address, or the /64 network of an IPv6 one: one IPv6 host usually owns a whole /64, and
    /// counting single addresses would let it take a fresh budget for every guess.
    /// </summary>
    public static string Client(IPAddress? address)
    {
        if (address is null)
            return UnknownClient;
        if (address.IsIPv4MappedToIPv6)
            return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var network = address.GetAddressBytes();
        Array.Clear(network, 8, 8);
        return new IPAddress(network) + "/64";
    }
}
