using System.Data.Common;
using System.Globalization;
using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Rows of <c>web_dailymetrics</c> as Beryl's own collector writes them, one per run: the columns given, every other
/// NOT NULL column filled as the command would for an empty Beryl (0, false, an empty JSON object).
/// </summary>
public static class BerylRuns
{
    public static async Task InsertAsync(BerylDbContext db, string collectedAtUtc, string collectionDate, IReadOnlyDictionary<string, double> columns)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var postgres = db.Database.IsNpgsql();
        var types = await ColumnsAsync(connection, postgres);
        await using var insert = connection.CreateCommand();
        var names = types.Keys.Where(n => n != "id").ToList();
        insert.CommandText = $"INSERT INTO web_dailymetrics ({string.Join(", ", names.Select(n => $"\"{n}\""))}) " +
                             $"VALUES ({string.Join(", ", names.Select((_, i) => $"@p{i}"))})";
        var collectedAt = DateTime.SpecifyKind(DateTime.Parse(collectedAtUtc, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        for (var i = 0; i < names.Count; i++)
        {
            var (name, type) = (names[i], types[names[i]]);
            var parameter = insert.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = name switch
            {
                "collected_at" => postgres ? collectedAt : collectedAt.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
                "collection_date" => postgres ? DateOnly.Parse(collectionDate, CultureInfo.InvariantCulture) : collectionDate,
                _ when columns.TryGetValue(name, out var value) => type.Contains("int") ? (object)(long)value : (decimal)value,
                _ when type.Contains("json") || type == "text" => "{}",
                _ when type.Contains("bool") => false,
                _ when type.Contains("int") => 0L,
                _ => 0m,
            };
            if (postgres && (type.Contains("json")))
                ((Npgsql.NpgsqlParameter)parameter).NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb;
            insert.Parameters.Add(parameter);
        }
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>The table's columns and their declared types, in lower case.</summary>
    private static async Task<Dictionary<string, string>> ColumnsAsync(DbConnection connection, bool postgres)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'web_dailymetrics'"
            : "SELECT name, type FROM pragma_table_info('web_dailymetrics')";
        var columns = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            columns[reader.GetString(0)] = reader.GetString(1).ToLowerInvariant();
        return columns;
    }
}
