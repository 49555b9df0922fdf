using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beryl.Dashboard.Metrics.Store;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresDashboardDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDashboardDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDashboardDbContext>
{
    public PostgresDashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDashboardDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
