using System.Security.Claims;
using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// Checks credentials and sessions against Beryl's users. Only reads: the dashboard does not record its
/// sign-ins in Beryl (not even last_login), since that feeds Beryl's own activity metrics.
/// </summary>
public sealed class BerylAccounts(IDbContextFactory<BerylDbContext> beryl)
{
    /// <summary>
    /// The session of the user with this email and password (null for any mismatch, without saying which), with the
    /// hashing work it did: Django's full iteration count whether the email is
    /// unknown, its password unusable or hashed at a lower cost, so timing does not tell which emails exist.
    /// As Beryl's own sign-in (allauth by email) does, every account whose email matches whatever the case is tried,
    /// and the one whose password matches signs in; two that both match are ambiguous and neither does.
    /// </summary>
    public async Task<(ClaimsPrincipal? Principal, int HashIterations)> CheckAsync(string? email, string? password, CancellationToken ct = default) =>
        Verify(await FindAsync(email, ct), password);

    /// <summary>The accounts an email may sign in (see <see cref="FindByEmailAsync"/>); none for a blank one.</summary>
    public async Task<IReadOnlyList<User>> FindAsync(string? email, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(email) ? [] : await FindByEmailAsync(email, ct);

    /// <summary>The hashing half of <see cref="CheckAsync"/>, on the accounts <see cref="FindAsync"/> found.</summary>
    public static (ClaimsPrincipal? Principal, int HashIterations) Verify(IReadOnlyList<User> candidates, string? password)
    {
        if (candidates.Count == 0)
            return (null, DjangoPasswordHasher.Check(password ?? "", null).Iterations);
        var checks = candidates.Select(user => (User: user, Check: DjangoPasswordHasher.Check(password ?? "", user.Password))).ToList();
        var matching = checks.Where(c => c.Check.Matches).Select(c => c.User).ToList();
        var signedIn = matching is [var user] && !string.IsNullOrEmpty(password) && AdminPrincipal.MaySignIn(user);
        return (signedIn ? AdminPrincipal.For(matching[0]) : null, checks.Sum(c => c.Check.Iterations));
    }

    /// <summary>Whether <paramref name="principal"/> still describes its user as Beryl has it now.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (AdminPrincipal.UserId(principal) is not { } id)
            return false;
        await using var db = await beryl.CreateDbContextAsync(ct);
        var user = await UserById(db, id, ct);
        return user is not null && AdminPrincipal.StillMatches(principal, user);
    }

    // Asked on every signed-in request: compiled once, so a request does not translate it again.
    private static readonly Func<BerylDbContext, int, CancellationToken, Task<User?>> UserById = EF.CompileAsyncQuery(
        (BerylDbContext db, int id, CancellationToken ct) => db.Users.AsNoTracking().Include(u => u.Profile).SingleOrDefault(u => u.Id == id));

    /// <summary>
    /// The users whose email is <paramref name="email"/> in any case, Unicode included ("ÄDMIN@..." for "ädmin@...").
    /// SQLite's lower() folds ASCII letters only, so the query matches the lowered email with every non-ASCII
    /// character as LIKE's one-character wildcard, and the case-insensitive comparison is done here.
    /// </summary>
    private async Task<List<User>> FindByEmailAsync(string email, CancellationToken ct)
    {
        // Beryl keeps emails as typed; people sign in with any case.
        var typed = email.Trim();
        var pattern = LikePattern(typed.ToLowerInvariant());
        await using var db = await beryl.CreateDbContextAsync(ct);
        var near = await db.Users.AsNoTracking().Include(u => u.Profile)
            .Where(u => EF.Functions.Like(u.Email.ToLower(), pattern, LikeEscape))
            .OrderBy(u => u.Id)
            .ToListAsync(ct);
        return near.Where(u => string.Equals(u.Email, typed, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private const string LikeEscape = "\\";

    private static string LikePattern(string lowered)
    {
        var pattern = new System.Text.StringBuilder(lowered.Length);
        foreach (var rune in lowered.EnumerateRunes())
        {
            if (rune.Value is '%' or '_' or '\\')
                pattern.Append('\\').Append((char)rune.Value);
            else
                pattern.Append(rune.IsAscii ? (char)rune.Value : '_');
        }
        return pattern.ToString();
    }
}
