using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// A Beryl database big enough that collecting a day takes seconds, so a fault can be injected while a collection
/// is under way. Written with raw SQL (one INSERT ... SELECT over a counter per table, in one transaction) into
/// beryl.db with Django's tables, once per test run (a template that each test copies: building it takes seconds on a small machine).
/// Every row is created on 2026-01-10, long before the collected day, so the expected counts are simply the row counts.
/// Measured on the 2-core test machine: collecting a day takes about 5 s and saving its snapshot about 2 s.
/// </summary>
public static class BigBeryl
{
    /// <summary>
    /// The day the fault tests collect: today, after every row's creation. Beryl keeps only current state, so only
    /// a collection of today (or just after a day's end) knows the item counts the tests compare.
    /// </summary>
    public static DateOnly Day => Zurich.Today();

    public const int Collections = 1_000;
    public const int ItemTypes = 200;
    public const int Items = 100_000;
    public const int AttributeValues = 200_000;

    /// <summary>
    /// Each attribute is one label of <c>attribute_usage</c>, so this many attributes make a snapshot of as many rows
    /// more: enough that saving it takes a visible moment (the window the kill-during-save test aims at).
    /// </summary>
    public const int Attributes = 4_000;

    private const string Created = "2026-01-10 10:00:00";

    private static readonly Lazy<Task<TestServices>> Template = new(BuildTemplateAsync);

    /// <summary>A new data folder whose beryl.db is the big Beryl (dashboard.db is left to whoever migrates the folder).</summary>
    public static async Task<TestDataFolder> NewFolderAsync()
    {
        var template = await Template.Value;
        var folder = new TestDataFolder();
        File.Copy(template.Folder.File("beryl.db"), folder.File("beryl.db"));
        return folder;
    }

    /// <summary>The app's services on a copy of the big Beryl, with the clock at the real time (as the CLI's).</summary>
    public static async Task<TestServices> NewServicesAsync() =>
        await TestServices.CreateAsync(DateTimeOffset.UtcNow, folder: await NewFolderAsync());

    private static async Task<TestServices> BuildTemplateAsync()
    {
        // Created by the app's own start-up (Django's DDL), then filled; it lives as long as the test run.
        var services = await TestServices.CreateAsync(DateTimeOffset.UtcNow);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => services.Folder.Dispose();
        await WriteAsync(services.Folder.File("beryl.db"));
        return services;
    }

    private static async Task WriteAsync(string berylDbPath)
    {
        await using var connection = new SqliteConnection($"Data Source={berylDbPath}");
        await connection.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, tx, $"""
            INSERT INTO auth_user (id, email, username, first_name, last_name, password, date_joined, is_active, is_staff, is_superuser)
            VALUES (1, 'owner@example.org', 'owner', '', '', '!', '{Created}', 1, 0, 0);
            """);
        await InsertRangeAsync(connection, tx, Collections, $"""
            INSERT INTO web_collection (id, visibility, group_by, sort_by, created, is_deleted, hash, name, updated, created_by_id)
            SELECT i, 'PRIVATE', 'none', 'name', '{Created}', 0, 'c' || i, 'Collection ' || i, '{Created}', 1 FROM n
            """);
        await InsertRangeAsync(connection, tx, ItemTypes, $"""
            INSERT INTO web_itemtype (id, display_name, icon, created, is_deleted, hash, name, updated, created_by_id)
            SELECT i, 'Type ' || i, 'box', '{Created}', 0, 't' || i, 'type-' || i, '{Created}', 1 FROM n
            """);
        await InsertRangeAsync(connection, tx, Attributes, $"""
            INSERT INTO web_itemattribute (id, item_type_id, display_name, attribute_type, required, skip_validation, "order",
                created, is_deleted, hash, name, updated, created_by_id)
            SELECT i, 1 + i % {ItemTypes}, 'Attribute ' || i, 'TEXT', 0, 0, i, '{Created}', 0, 'a' || i, 'attribute-' || i, '{Created}', 1 FROM n
            """);
        await AddItemsAsync(connection, tx, 1, Items);
        await InsertRangeAsync(connection, tx, AttributeValues, $"""
            INSERT INTO web_collectionitemattributevalue (id, item_id, item_attribute_id, value, created, is_deleted, hash, name, updated)
            SELECT i, 1 + i % {Items}, 1 + i % {Attributes}, 'value ' || i, '{Created}', 0, 'v' || i, 'value ' || i, '{Created}' FROM n
            """);
        await tx.CommitAsync();
        // Everything into the main file, so that copying that one file copies the whole database.
        await ExecuteAsync(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>Adds items <paramref name="firstId"/> .. firstId + count - 1 (to change what the next collection sees).</summary>
    public static async Task AddItemsAsync(string berylDbPath, int firstId, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={berylDbPath}");
        await connection.OpenAsync();
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await AddItemsAsync(connection, tx, firstId, count);
        await tx.CommitAsync();
    }

    private static Task AddItemsAsync(SqliteConnection connection, SqliteTransaction tx, int firstId, int count) =>
        InsertRangeAsync(connection, tx, count, $"""
            INSERT INTO web_collectionitem (id, collection_id, item_type_id, status, is_favorite, your_id, created, is_deleted, hash, name,
                updated, created_by_id)
            SELECT {firstId - 1} + i, 1 + i % {Collections}, 1 + i % {ItemTypes}, 'IN_COLLECTION', i % 10 = 0, '',
                   '{Created}', 0, 'i' || ({firstId - 1} + i), 'Item ' || i, '{Created}', 1 FROM n
            """);

    /// <summary>Runs an INSERT ... SELECT ... FROM n, where n counts i from 1 to <paramref name="count"/>.</summary>
    private static Task InsertRangeAsync(SqliteConnection connection, SqliteTransaction tx, int count, string insert) =>
        ExecuteAsync(connection, tx, $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count}) {insert}");

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 120;
        await command.ExecuteNonQueryAsync();
    }
}
