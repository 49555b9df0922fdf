using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// A session exists on the server as well as in its cookie: each carries a random id and the moment it began, and
/// signing out records the id as ended, so a copy of the cookie taken before is refused afterwards, new circuits
/// of it are refused, and open circuits stop at their next action. A session also ends
/// <see cref="MaxAge"/> after sign-in however busy it is, which bounds how long an ended id must be kept.
/// </summary>
public sealed class AdminSessions(BerylAccounts accounts, IDbContextFactory<DashboardDbContext> store, TimeProvider clock)
{
    public const string SessionIdClaim = "beryl:session";
    public const string StartedAtClaim = "beryl:session-started";

    /// <summary>An admin signs in again the next morning; sliding expiry alone would let a busy session live forever.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    // Sessions signed out on this instance: its circuits stop at once, without a database read per message.
    private readonly ConcurrentDictionary<string, DateTimeOffset> endedHere = new(StringComparer.Ordinal);

    /// <summary>Gives a freshly signed-in principal its session id and start.</summary>
    public ClaimsPrincipal Start(ClaimsPrincipal principal)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(SessionIdClaim, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));
        identity.AddClaim(new Claim(StartedAtClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        return principal;
    }

    /// <summary>
    /// Whether the session of <paramref name="principal"/> still holds: not signed out, not older than
    /// <see cref="MaxAge"/>, and its Beryl user still the admin it was (<see cref="BerylAccounts.IsCurrentAsync"/>).
    /// </summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (Id(principal) is not { } id || StartedAt(principal) is not { } started
            || clock.GetUtcNow() - started > MaxAge || endedHere.ContainsKey(id))
            return false;
        await using (var db = await store.CreateDbContextAsync(ct))
            if (await IsEnded(db, id, ct))
                return false;
        return await accounts.IsCurrentAsync(principal, ct);
    }

    /// <summary>True when the session was signed out on this instance: no I/O, so it can be asked on every message.</summary>
    public bool HasEndedHere(ClaimsPrincipal principal) => Id(principal) is { } id && endedHere.ContainsKey(id);

    /// <summary>Signs the session out on the server; forgets ended sessions that could not be accepted anyway.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (Id(principal) is not { } id)
            return;
        var now = clock.GetUtcNow();
        endedHere[id] = now;
        foreach (var (old, at) in endedHere)
            if (now - at > MaxAge)
                endedHere.TryRemove(old, out _);

        await using var db = await store.CreateDbContextAsync(ct);
        var expired = now.UtcDateTime - MaxAge;
        await db.EndedSessions.Where(s => s.EndedAt < expired).ExecuteDeleteAsync(ct);
        if (!await db.EndedSessions.AnyAsync(s => s.Id == id, ct))
        {
            db.EndedSessions.Add(new EndedSession { Id = id, EndedAt = now.UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
    }

    // Asked on every signed-in request: compiled once, so a request does not translate it again.
    private static readonly Func<DashboardDbContext, string, CancellationToken, Task<bool>> IsEnded = EF.CompileAsyncQuery(
        (DashboardDbContext db, string id, CancellationToken ct) => db.EndedSessions.Any(s => s.Id == id));

    private static string? Id(ClaimsPrincipal principal) => principal.FindFirstValue(SessionIdClaim);

    private static DateTimeOffset? StartedAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(StartedAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
