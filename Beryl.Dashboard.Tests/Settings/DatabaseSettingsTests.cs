using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Beryl.Dashboard.Tests.Settings;

/// <summary>Database:Provider and the connection strings: SQLite by default, PostgreSQL when asked, one line for a bad value.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void Without_settings_everything_is_SQLite_in_the_data_folder()
    {
        using var folder = new TestDataFolder();
        var databases = DatabaseSettings.From(Configuration(), new DataFolder(folder.Path));

        Assert.Equal(DatabaseProvider.Sqlite, databases.Provider);
        Assert.Equal($"Data Source={folder.File("dashboard.db")}", databases.Dashboard);
        Assert.Equal(BerylSource.Embedded(DatabaseProvider.Sqlite, $"Data Source={folder.File("beryl.db")}"), databases.Beryl);
    }

    [Fact]
    public void On_PostgreSQL_the_embedded_Beryl_shares_the_dashboard_database()
    {
        using var folder = new TestDataFolder();
        const string dashboard = "Host=127.0.0.1;Port=5433;Database=beryl_dashboard;Username=beryl";
        var databases = DatabaseSettings.From(Configuration(
            ("Database:Provider", "postgres"), ("ConnectionStrings:Dashboard", dashboard)), new DataFolder(folder.Path));

        Assert.Equal(DatabaseProvider.Postgres, databases.Provider);
        Assert.Equal(BerylSource.Embedded(DatabaseProvider.Postgres, dashboard), databases.Beryl);
    }

    [Theory]
    [InlineData("mysql", null,
        "Invalid setting Database:Provider (Database__Provider): 'mysql' is not a database provider; use sqlite or postgres.")]
    [InlineData("postgres", null,
        "Invalid setting ConnectionStrings:Dashboard (ConnectionStrings__Dashboard): the postgres provider needs the dashboard's PostgreSQL database, e.g. Host=127.0.0.1;Port=5432;Database=beryl_dashboard;Username=beryl;Password=...")]
    [InlineData("postgres", "Data Source=dashboard.db",
        "Invalid setting ConnectionStrings:Dashboard (ConnectionStrings__Dashboard): 'data source' is a SQLite keyword, not a PostgreSQL one.")]
    [InlineData("sqlite", "Host=localhost",
        "Invalid setting ConnectionStrings:Dashboard (ConnectionStrings__Dashboard): 'host' is a PostgreSQL keyword, not a SQLite one; for PostgreSQL set Database:Provider (Database__Provider) to postgres.")]
    [InlineData("sqlite", "Data Source=dashboard.db;Default Timeout=abc",
        "Invalid setting ConnectionStrings:Dashboard (ConnectionStrings__Dashboard): default timeout='abc' is not a value SQLite takes for it.")]
    [InlineData("sqlite", "Data Source=dashboard.db;Colour=blue",
        "Invalid setting ConnectionStrings:Dashboard (ConnectionStrings__Dashboard): 'colour' is not a SQLite connection string keyword.")]
    public void A_bad_value_is_refused_with_one_line_naming_the_setting(string provider, string? dashboard, string message)
    {
        using var folder = new TestDataFolder();
        var error = Assert.Throws<SettingsException>(() => DatabaseSettings.From(Configuration(
            ("Database:Provider", provider), ("ConnectionStrings:Dashboard", dashboard)), new DataFolder(folder.Path)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void An_external_SQLite_Beryl_is_opened_read_only_whatever_the_dashboard_runs_on()
    {
        using var folder = new TestDataFolder();
        File.WriteAllBytes(folder.File("db.sqlite3"), []);
        var databases = DatabaseSettings.From(Configuration(
            ("Database:Provider", "postgres"), ("ConnectionStrings:Dashboard", "Host=127.0.0.1;Database=beryl_dashboard"),
            ("ConnectionStrings:Beryl", $"Data Source={folder.File("db.sqlite3")};Mode=ReadWrite")), new DataFolder(folder.Path));

        Assert.Equal(new BerylSource(DatabaseProvider.Sqlite, $"Data Source={folder.File("db.sqlite3")};Mode=ReadOnly", IsEmbedded: false), databases.Beryl);
    }

    [Fact]
    public void An_external_PostgreSQL_Beryl_runs_every_transaction_read_only_beside_SQLite_snapshots()
    {
        using var folder = new TestDataFolder();
        var databases = DatabaseSettings.From(Configuration(
            ("ConnectionStrings:Beryl", "Host=db.example.org;Database=beryl;Username=reader;Password=secret")), new DataFolder(folder.Path));

        Assert.Equal(DatabaseProvider.Sqlite, databases.Provider);
        Assert.Equal(new BerylSource(DatabaseProvider.Postgres,
            "Host=db.example.org;Database=beryl;Username=reader;Password=secret;Options=\"-c default_transaction_read_only=on\"", IsEmbedded: false), databases.Beryl);
    }

    [Theory]
    [InlineData("Data Source=/nonexistent/db.sqlite3", "Invalid setting ConnectionStrings:Beryl (ConnectionStrings__Beryl): there is no SQLite file at /nonexistent/db.sqlite3.")]
    [InlineData("garbage", "Invalid setting ConnectionStrings:Beryl (ConnectionStrings__Beryl): not a connection string (Format of the initialization string does not conform to specification starting at index 0).")]
    [InlineData("Database=beryl;Username=reader", "Invalid setting ConnectionStrings:Beryl (ConnectionStrings__Beryl): neither a SQLite connection string (Data Source=/path/to/db.sqlite3) nor a PostgreSQL one (Host=...;Database=...).")]
    [InlineData("Host=db;Port=abc", "Invalid setting ConnectionStrings:Beryl (ConnectionStrings__Beryl): port='abc' is not a value PostgreSQL takes for it.")]
    public void A_bad_Beryl_connection_string_is_one_line_and_creates_nothing(string beryl, string message)
    {
        using var folder = new TestDataFolder();
        var error = Assert.Throws<SettingsException>(() => DatabaseSettings.From(Configuration(("ConnectionStrings:Beryl", beryl)), new DataFolder(folder.Path)));

        Assert.Equal(message, error.Message);
        Assert.False(File.Exists("/nonexistent/db.sqlite3"));
    }

    /// <summary>Proves which engine the collector suite ran on, so a pass on "PostgreSQL" cannot be SQLite in disguise.</summary>
    [Fact]
    [Trait("Category", TestDatabase.Category)]
    public async Task The_collector_suite_runs_on_the_engine_under_test()
    {
        await using var services = await TestServices.CreateAsync(June15Now);
        await using var db = services.Beryl();

        Assert.Equal(TestDatabase.IsPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite",
            db.Database.ProviderName);
        Assert.Equal(TestDatabase.IsPostgres ? typeof(PostgresBerylDbContext) : typeof(BerylDbContext), db.GetType());
        Assert.Null(await BerylSchema.FirstMissingAsync(db));
    }

    private static readonly DateTimeOffset June15Now = new(2026, 6, 15, 8, 0, 0, TimeSpan.Zero);

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
}
