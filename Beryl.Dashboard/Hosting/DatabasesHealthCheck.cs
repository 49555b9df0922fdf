using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Beryl.Dashboard.Hosting;

/// <summary>/health: healthy when both Beryl's database and the dashboard's own answer.</summary>
public sealed class DatabasesHealthCheck(
    IDbContextFactory<BerylDbContext> beryl,
    IDbContextFactory<DashboardDbContext> dashboard) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var missing = new List<string>();
        if (!await CanConnectAsync(beryl, ct))
            missing.Add("Beryl");
        if (!await CanConnectAsync(dashboard, ct))
            missing.Add("dashboard");
        return missing.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"No answer from the {string.Join(" and ", missing)} database.");
    }

    private static async Task<bool> CanConnectAsync<TContext>(IDbContextFactory<TContext> factory, CancellationToken ct)
        where TContext : DbContext
    {
        // For a SQLite file this also says false when the file is gone, instead of creating an empty one.
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Database.CanConnectAsync(ct);
    }
}
