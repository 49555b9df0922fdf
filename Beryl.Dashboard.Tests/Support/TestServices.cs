using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// The app's real services (AddBerylDashboard) on a <see cref="TestDataFolder"/> and the engine under test
/// (<see cref="TestDatabase"/>), with a fake clock, migrated and ready.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    public TestDataFolder Folder { get; }
    public FakeTimeProvider Clock { get; }
    public ServiceProvider Provider { get; }

    private TestServices(TestDataFolder folder, FakeTimeProvider clock, ServiceProvider provider)
    {
        Folder = folder;
        Clock = clock;
        Provider = provider;
    }

    /// <param name="folder">A folder prepared beforehand (say with a Beryl database copied in); it is deleted with the services.</param>
    public static async Task<TestServices> CreateAsync(DateTimeOffset now,
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, TestDataFolder? folder = null)
    {
        folder ??= new TestDataFolder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataFolder.Setting] = folder.Path,
        }).AddInMemoryCollection(await TestDatabase.SettingsAsync())
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var clock = new FakeTimeProvider(now);
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddBerylDashboard(configuration);
        services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new TestServices(folder, clock, provider);
    }

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    /// <summary>A fresh context on Beryl's database, to build a dataset.</summary>
    public BerylDbContext Beryl() => Get<IDbContextFactory<BerylDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        Folder.Dispose();
    }
}
