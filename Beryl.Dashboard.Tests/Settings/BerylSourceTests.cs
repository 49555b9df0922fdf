using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Tests.Settings;

/// <summary>The dashboard migrates its own databases, never a Beryl database it was pointed at.</summary>
public sealed class BerylSourceTests
{
    [Fact]
    public async Task An_external_Beryl_database_is_read_but_never_migrated()
    {
        using var elsewhere = new TestDataFolder();
        var external = elsewhere.File("django.db");
        await using (var connection = new SqliteConnection($"Data Source={external}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE auth_user (id INTEGER PRIMARY KEY);";
            await create.ExecuteNonQueryAsync();
        }

        await using var services = await TestServices.CreateAsync(new DateTimeOffset(2026, 6, 15, 8, 0, 0, TimeSpan.Zero),
            new Dictionary<string, string?> { ["ConnectionStrings:Beryl"] = $"Data Source={external}" });

        Assert.False(services.Get<BerylSource>().IsEmbedded);
        Assert.Equal(["auth_user"], await TablesAsync(external));
        Assert.False(File.Exists(services.Folder.File("beryl.db")));
        Assert.Contains("Snapshots", await TablesAsync(services.Folder.File("dashboard.db")));
    }

    [Fact]
    public async Task The_embedded_database_in_the_data_folder_is_created_and_migrated()
    {
        await using var services = await TestServices.CreateAsync(new DateTimeOffset(2026, 6, 15, 8, 0, 0, TimeSpan.Zero));

        Assert.True(services.Get<BerylSource>().IsEmbedded);
        Assert.Contains("auth_user", await TablesAsync(services.Folder.File("beryl.db")));
    }

    private static async Task<List<string>> TablesAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            tables.Add(reader.GetString(0));
        return tables;
    }
}
