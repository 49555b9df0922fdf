using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// The dashboard's model on PostgreSQL. A type of its own only because EF Core keeps one migration set per
/// context type: this one's are in Migrations/Postgres.
/// </summary>
public sealed class PostgresDashboardDbContext(DbContextOptions<PostgresDashboardDbContext> options) : DashboardDbContext(options);
