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
    /// <summary>The session of the user with this email and password; null for any mismatch, without saying which.</summary>
    public async Task<ClaimsPrincipal?> SignInAsync(string? email, string? password, CancellationToken ct = default) =>
        (await CheckAsync(email, password, ct)).Principal;

    /// <summary>
    /// <see cref="SignInAsync"/> with the hashing work it did: Django's full iteration count whether the email is
    /// unknown, its password unusable or hashed at a lower cost, so timing does not tell which emails exist.
    /// </summary>
    public async Task<(ClaimsPrincipal? Principal, int HashIterations)> CheckAsync(string? email, string? password, CancellationToken ct = default)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await FindByEmailAsync(email, ct);
        var check = DjangoPasswordHasher.Check(password ?? "", user?.Password);
        var signedIn = user is not null && !string.IsNullOrEmpty(password) && check.Matches && AdminPrincipal.MaySignIn(user);
        return (signedIn ? AdminPrincipal.For(user!) : null, check.Iterations);
    }

    /// <summary>Whether <paramref name="principal"/> still describes its user as Beryl has it now.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (AdminPrincipal.UserId(principal) is not { } id)
            return false;
        await using var db = await beryl.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().Include(u => u.Profile).SingleOrDefaultAsync(u => u.Id == id, ct);
        return user is not null && AdminPrincipal.StillMatches(principal, user);
    }

    private async Task<User?> FindByEmailAsync(string email, CancellationToken ct)
    {
        // Beryl keeps emails as typed; people sign in with any case.
        var normalized = email.Trim().ToLowerInvariant();
        await using var db = await beryl.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Include(u => u.Profile)
            .Where(u => u.Email.ToLower() == normalized)
            .OrderBy(u => u.Id)
            .FirstOrDefaultAsync(ct);
    }
}
