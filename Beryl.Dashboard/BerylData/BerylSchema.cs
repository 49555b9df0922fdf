using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Beryl.Dashboard.BerylData;

/// <summary>
/// Beryl's database is someone else's: before reading it, check that every table and column the model of Beryl
/// maps is there, so that a Beryl of another version is one line naming what is missing, not a query failing
/// half-way with a stack trace. The list is the EF model itself (<see cref="Required"/>), so it cannot drift
/// from what the collector reads. Only the catalog is read: the check writes nothing and locks nothing.
/// </summary>
public static class BerylSchema
{
    /// <summary>The Beryl the model describes, named in the message about a missing table or column.</summary>
    public const string ExpectedVersion = "Beryl's schema as of its web migration 0038";

    /// <summary>Every table the model maps, with its columns, in the model's order.</summary>
    public static IReadOnlyList<(string Table, IReadOnlyList<string> Columns)> Required(IModel model) =>
        model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .Select(e =>
            {
                var table = StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema());
                return (table.Name, (IReadOnlyList<string>)e.GetProperties()
                    .Select(p => p.GetColumnName(table)).OfType<string>().ToList());
            })
            .ToList();

    /// <summary>The first table or column of the model that <paramref name="db"/>'s database lacks, in words; null when none.</summary>
    public static Task<string?> FirstMissingAsync(DbContext db, CancellationToken ct = default) =>
        WithConnectionAsync(db, async connection =>
        {
            foreach (var (table, columns) in Required(db.Model))
            {
                var present = await ColumnsAsync(connection, db.Database.IsNpgsql(), table, ct);
                if (present.Count == 0)
                    return $"has no table \"{table}\"";
                if (columns.FirstOrDefault(c => !present.Contains(c)) is { } column)
                    return $"has no column \"{table}\".\"{column}\"";
            }
            return (string?)null;
        }, ct);

    /// <summary>Whether <paramref name="db"/>'s database has <paramref name="table"/> (with any columns).</summary>
    public static Task<bool> HasTableAsync(DbContext db, string table, CancellationToken ct = default) =>
        WithConnectionAsync(db, async connection => (await ColumnsAsync(connection, db.Database.IsNpgsql(), table, ct)).Count > 0, ct);

    // Plain ADO.NET on the context's connection: a server out of reach is the caller's one line, not an EF query error in the log.
    private static async Task<T> WithConnectionAsync<T>(DbContext db, Func<DbConnection, Task<T>> use, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
            await connection.OpenAsync(ct);
        try
        {
            return await use(connection);
        }
        finally
        {
            if (opened)
                await connection.CloseAsync();
        }
    }

    /// <summary>Throws <see cref="BerylSchemaException"/> with one line when the database lacks part of the model.</summary>
    public static async Task EnsureAsync(DbContext db, CancellationToken ct = default)
    {
        if (await FirstMissingAsync(db, ct) is { } missing)
            throw new BerylSchemaException($"{Problem(missing)}; nothing was read or stored.");
    }

    /// <summary>The line that says what is missing and what the dashboard expects.</summary>
    public static string Problem(string missing) => $"Beryl's database {missing}: the dashboard expects {ExpectedVersion}";

    private static async Task<HashSet<string>> ColumnsAsync(DbConnection connection, bool postgres, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table"
            : "SELECT name FROM pragma_table_info(@table)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            columns.Add(reader.GetString(0));
        return columns;
    }
}
