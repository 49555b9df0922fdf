using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>Beryl users written straight into the app's beryl.db, for sign-in tests.</summary>
public static class TestUsers
{
    /// <summary>Low on purpose: Django's million iterations would make each sign-in in a test take most of a second.</summary>
    public const int FastIterations = 1000;

    public const string Password = "correct horse battery staple";

    /// <summary>Adds a user (a superuser unless told otherwise) whose password is <see cref="Password"/>.</summary>
    public static async Task<User> AddAsync(IServiceProvider services, string email,
        bool superuser = true, bool active = true, bool banned = false, string password = Password)
    {
        var user = new User
        {
            Email = email,
            Password = DjangoPasswordHasher.Hash(password, iterations: FastIterations),
            DateJoined = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc),
            IsActive = active,
            IsSuperuser = superuser,
            IsStaff = superuser,
            Profile = new UserProfile { IsContentBanned = banned },
        };
        await using var db = await Beryl(services);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>Changes a user in place, as Beryl's own admin would while a dashboard session is open.</summary>
    public static async Task UpdateAsync(IServiceProvider services, string email, Action<User> change)
    {
        await using var db = await Beryl(services);
        var user = await db.Users.Include(u => u.Profile).SingleAsync(u => u.Email == email);
        change(user);
        await db.SaveChangesAsync();
    }

    public static async Task DeleteAsync(IServiceProvider services, string email)
    {
        await using var db = await Beryl(services);
        db.Users.Remove(await db.Users.Include(u => u.Profile).SingleAsync(u => u.Email == email));
        await db.SaveChangesAsync();
    }

    private static Task<BerylDbContext> Beryl(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<BerylDbContext>>().CreateDbContextAsync();
}
