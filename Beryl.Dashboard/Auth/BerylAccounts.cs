using System.Security.Claims;
using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// Checks credentials and sessions against Beryl's users. Only reads: the dashboard does not record its
/// sign-ins in Beryl (no LastLogin, no UserLogin row), since those feed Beryl's own activity metrics.
/// </summary>
public sealed class BerylAccounts(IDbContextFactory<BerylDbContext> beryl)
{
    /// <summary>
    /// Compared against when no user has the email, so an unknown email costs as much time as a wrong
    /// password (Django does the same) and timing does not tell which emails exist. No password matches it.
    /// </summary>
    private static readonly string UnknownUserHash =
        $"{DjangoPasswordHasher.Algorithm}${DjangoPasswordHasher.Iterations}$unknownuser${Convert.ToBase64String(new byte[32])}";

    /// <summary>The session of the user with this email and password; null for any mismatch, without saying which.</summary>
    public async Task<ClaimsPrincipal?> SignInAsync(string? email, string? password, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            return null;
        var user = await FindByEmailAsync(email, ct);
        var passwordMatches = DjangoPasswordHasher.Verify(password, user?.Password ?? UnknownUserHash);
        return user is not null && passwordMatches && AdminPrincipal.MaySignIn(user) ? AdminPrincipal.For(user) : null;
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
