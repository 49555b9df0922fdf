using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Beryl.Dashboard.Auth;

/// <summary>
/// The Data Protection keys (which encrypt the session and antiforgery cookies) in the dashboard's PostgreSQL
/// database, so that every instance behind a load balancer reads the cookies the others wrote. With SQLite, one
/// machine, they stay in the data folder's keys/.
/// </summary>
internal sealed class PostgresKeyRepository(string connectionString) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var select = new NpgsqlCommand("""SELECT "Xml" FROM "DataProtectionKeys" ORDER BY "FriendlyName" """, connection);
        using var reader = select.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read())
            keys.Add(XElement.Parse(reader.GetString(0)));
        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        // Two instances starting at once may each create a key: both are kept, and either decrypts the other's cookies.
        using var insert = new NpgsqlCommand(
            """INSERT INTO "DataProtectionKeys" ("FriendlyName", "Xml") VALUES ($1, $2) ON CONFLICT DO NOTHING""", connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = friendlyName });
        insert.Parameters.Add(new NpgsqlParameter { Value = element.ToString(SaveOptions.DisableFormatting) });
        insert.ExecuteNonQuery();
    }
}
