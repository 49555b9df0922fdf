using System.Data.Common;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Metrics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Beryl.Dashboard.Benchmark;

/// <summary>A clock that always says the same instant: the collection runs "just after midnight" every time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>The day the benchmark collects, and the moment it collects it.</summary>
public static class BenchDay
{
    /// <summary>The last full day of the dataset (which ends at <see cref="Dataset.DatasetBuilder.End"/>).</summary>
    public static readonly DateOnly Day = new(2026, 5, 31);

    /// <summary>Five minutes after the day's cut-off: the snapshot is final and its current-state metrics exact.</summary>
    public static DateTimeOffset CollectionClock(BusinessCalendar calendar) =>
        new DateTimeOffset(calendar.StartOf(Day.AddDays(1)), TimeSpan.Zero).AddMinutes(5);
}

/// <summary>
/// What one bench run is pointed at: the app's settings (its data folder, and on PostgreSQL the engine and both
/// connection strings) and Beryl's database for the raw SQL of the baseline and the floor.
/// </summary>
public sealed record BenchTarget(string Engine, string DataFolder, IReadOnlyDictionary<string, string?> Settings, string BerylConnectionString)
{
    public const string Sqlite = "sqlite", Postgres = "postgres";
    private const string DataFolderKey = Beryl.Dashboard.Settings.DataFolder.Setting;

    /// <summary>A bench data folder as the app uses it by default: beryl.db and dashboard.db side by side.</summary>
    public static BenchTarget SqliteFolder(string dataFolder) => new(Sqlite, dataFolder,
        new Dictionary<string, string?> { [DataFolderKey] = dataFolder },
        $"Data Source={Path.Combine(dataFolder, "beryl.db")}");

    /// <summary>
    /// Beryl on PostgreSQL as in production: its own database, named by ConnectionStrings:Beryl (so read-only), and
    /// the dashboard's snapshots in another; the data folder keeps only the app's own files.
    /// </summary>
    public static BenchTarget PostgresDatabases(string dataFolder, string beryl, string dashboard) => new(Postgres, dataFolder,
        new Dictionary<string, string?>
        {
            [DataFolderKey] = dataFolder,
            [DatabaseSettings.ProviderKey] = "postgres",
            ["ConnectionStrings:Dashboard"] = dashboard,
            [BerylSource.Key] = beryl,
        }, beryl);

    /// <summary>The target a child process was given (the memory probe): only its settings matter there.</summary>
    public static BenchTarget FromSettings(IReadOnlyDictionary<string, string?> settings) =>
        new(settings.ContainsKey(DatabaseSettings.ProviderKey) ? Postgres : Sqlite, settings.GetValueOrDefault(DataFolderKey) ?? "",
            settings, settings.GetValueOrDefault(BerylSource.Key) ?? "");

    public bool IsPostgres => Engine == Postgres;

    /// <summary>A new connection to Beryl (pooled, as the collector gets one per collection), open.</summary>
    public DbConnection OpenBeryl()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(BerylConnectionString) : new SqliteConnection(BerylConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The settings as environment variables, for a child process (the served app, the memory probe).</summary>
    public IEnumerable<(string Name, string Value)> Environment() =>
        Settings.Where(s => s.Value is not null).Select(s => (s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value!));
}

/// <summary>The app's own services (AddBerylDashboard) on a bench target, migrated.</summary>
public static class BenchServices
{
    public static async Task<ServiceProvider> CreateAsync(BenchTarget target, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(target.Settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddBerylDashboard(configuration);
        var calendar = new BusinessCalendar(Microsoft.Extensions.Options.Options.Create(SettingsSections.Read<MetricsOptions>(configuration)));
        services.AddSingleton<TimeProvider>(new FixedClock(BenchDay.CollectionClock(calendar)));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return provider;
    }
}
