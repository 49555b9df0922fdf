using Beryl.Dashboard.BerylData;
using System.Data.Common;

namespace Beryl.Dashboard.Benchmark.Measure;

/// <summary>The admin the load run signs in as: one of the dataset's own superusers, given a password the bench knows.</summary>
public sealed record BenchAdmin(int Id, string Email, string Password)
{
    /// <summary>Public on purpose: it opens only bench datasets, which hold no real account.</summary>
    public const string KnownPassword = "beryl-bench-admin";

    /// <summary>
    /// A fixed salt makes the stored hash the same on every run, so a kept dataset is written once and then left alone.
    /// The app's own iteration count: the one sign-in costs what it costs in production.
    /// </summary>
    private static readonly string KnownHash = DjangoPasswordHasher.Hash(KnownPassword, salt: "berylbenchadmin");

    /// <summary>
    /// The first active, not banned superuser of the dataset (the generator gives them an unusable password "!"),
    /// with <see cref="KnownPassword"/> set. Setting a password on an existing admin rather than adding a user keeps
    /// every number the same: no metric reads passwords, so the dataset need not be rebuilt.
    /// </summary>
    public static async Task<BenchAdmin> EnsureAsync(BenchTarget target)
    {
        await using var connection = target.OpenBeryl();
        var (id, email) = await FirstAdminAsync(connection);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE auth_user SET password = @hash WHERE id = @id AND password <> @hash";
        Queries.Sql.Bind(update, "@hash", KnownHash);
        Queries.Sql.Bind(update, "@id", id);
        await update.ExecuteNonQueryAsync();
        return new BenchAdmin(id, email, KnownPassword);
    }

    /// <summary>Who may use the dashboard (<c>AdminPrincipal.IsAdmin</c>), in the same terms, in SQL.</summary>
    private static async Task<(int Id, string Email)> FirstAdminAsync(DbConnection connection)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT u.id, u.email FROM auth_user u LEFT JOIN web_userprofile p ON p.user_id = u.id
            WHERE u.is_superuser AND u.is_active AND NOT COALESCE(p.is_content_banned, FALSE)
            ORDER BY u.id LIMIT 1
            """;
        await using var reader = await select.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
            throw new InvalidOperationException("The bench dataset has no active, not banned superuser to sign in as.");
        return (Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1));
    }
}
