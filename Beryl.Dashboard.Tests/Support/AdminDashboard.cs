using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// The whole app (TestServer) with a signed-in admin's client, and the steps of "add Beryl data, collect today,
/// read what was stored". Usable as an xunit fixture; <see cref="InitializeAsync"/> signs in.
/// </summary>
public class AdminDashboard : IAsyncLifetime
{
    public DashboardAppFactory Factory { get; } = new();
    public HttpClient Admin { get; private set; } = null!;

    public DateTime Now => Get<TimeProvider>().GetUtcNow().UtcDateTime;

    /// <summary>Today in the business time zone, the day "collect now" collects.</summary>
    public DateOnly Today => Get<BusinessCalendar>().DayOf(Get<TimeProvider>().GetUtcNow());

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public virtual async Task InitializeAsync() => Admin = await SignIn.AdminClientAsync(Factory);

    public async Task AddAsync(Func<BerylDbContext, DateTime, Task> add)
    {
        await using var db = await Get<IDbContextFactory<BerylDbContext>>().CreateDbContextAsync();
        await add(db, Now);
    }

    /// <summary>Collects today so far with the real collector, as "collect now" does.</summary>
    public Task<CollectionResult> CollectTodayAsync() => Get<MetricsCollector>().CollectAsync(Today);

    /// <summary>The stored snapshot of <paramref name="day"/> with its values.</summary>
    public async Task<MetricSnapshot> SnapshotAsync(DateOnly day) => (await Get<SnapshotStore>().LoadAsync([day]))[day];

    /// <summary>The days that have a snapshot, oldest first.</summary>
    public async Task<List<DateOnly>> StoredDaysAsync() =>
        (await Get<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue)).Select(s => s.Day).ToList();

    public virtual async Task DisposeAsync()
    {
        Admin?.Dispose();
        await Factory.DisposeAsync();
    }
}
