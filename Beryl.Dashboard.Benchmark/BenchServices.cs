using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>The app's own services (AddBerylDashboard) on a bench data folder, migrated.</summary>
public static class BenchServices
{
    public static async Task<ServiceProvider> CreateAsync(string dataFolder, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataFolder.Setting] = dataFolder,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddBerylDashboard(configuration);
        var calendar = new BusinessCalendar(Microsoft.Extensions.Options.Options.Create(SettingsSections.Read<MetricsOptions>(configuration)));
        services.AddSingleton<TimeProvider>(new FixedClock(BenchDay.CollectionClock(calendar)));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return provider;
    }

    public static string BerylConnectionString(string dataFolder) => $"Data Source={Path.Combine(dataFolder, "beryl.db")}";

    public static string DashboardConnectionString(string dataFolder) => $"Data Source={Path.Combine(dataFolder, "dashboard.db")}";
}
