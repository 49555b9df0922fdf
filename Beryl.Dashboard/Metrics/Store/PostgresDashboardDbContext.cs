using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// The dashboard's model on PostgreSQL. A type of its own only because EF Core keeps one migration set per
/// context type: this one's are in Migrations/Postgres.
/// </summary>
public sealed class PostgresDashboardDbContext(DbContextOptions<PostgresDashboardDbContext> options) : DashboardDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context PostgresDashboardDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDashboardDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDashboardDbContext>
{
    public PostgresDashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDashboardDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
