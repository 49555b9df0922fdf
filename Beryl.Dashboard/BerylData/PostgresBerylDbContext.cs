using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beryl.Dashboard.BerylData;

/// <summary>
/// Beryl's model on PostgreSQL. A type of its own only because EF Core keeps one migration set per context
/// type: this one's are in Migrations/Postgres.
/// </summary>
public sealed class PostgresBerylDbContext(DbContextOptions<PostgresBerylDbContext> options) : BerylDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add --context PostgresBerylDbContext</c> build the model without a server.</summary>
internal sealed class PostgresBerylDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBerylDbContext>
{
    public PostgresBerylDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBerylDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
