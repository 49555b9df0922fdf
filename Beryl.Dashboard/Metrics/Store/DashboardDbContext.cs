using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// The dashboard's own data (dashboard.db): snapshots, the admins' notes, the report emails that went out, the
/// signed-out sessions and the store's revision, kept apart from Beryl's data.
/// </summary>
public class DashboardDbContext : DbContext
{
    public DashboardDbContext(DbContextOptions<DashboardDbContext> options) : base(options)
    {
    }

    /// <summary>For the provider's subclass (<see cref="PostgresDashboardDbContext"/>), whose options name its own type.</summary>
    protected DashboardDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<MetricSnapshot> Snapshots => Set<MetricSnapshot>();
    public DbSet<MetricValue> Values => Set<MetricValue>();
    public DbSet<ReportDelivery> ReportDeliveries => Set<ReportDelivery>();
    public DbSet<EndedSession> EndedSessions => Set<EndedSession>();
    public DbSet<DayNote> Notes => Set<DayNote>();
    public DbSet<StoreRevision> Revisions => Set<StoreRevision>();

    /// <summary>Raises the store's revision (<see cref="StoreRevision"/>): call it after a change, in its transaction.</summary>
    public Task RaiseRevisionAsync(CancellationToken ct) =>
        Revisions.Where(r => r.Id == StoreRevision.Row).ExecuteUpdateAsync(s => s.SetProperty(r => r.Number, r => r.Number + 1), ct);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<BerylData.UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MetricSnapshot>().HasKey(s => s.Day);
        modelBuilder.Entity<MetricValue>().HasKey(v => new { v.Day, v.Key, v.Label });
        modelBuilder.Entity<MetricValue>().HasIndex(v => new { v.Key, v.Day });
        modelBuilder.Entity<MetricSnapshot>().HasMany(s => s.Values).WithOne()
            .HasForeignKey(v => v.Day).OnDelete(DeleteBehavior.Cascade);
        // No foreign key to Snapshots: retention may delete a snapshot, the record of who was mailed stays.
        modelBuilder.Entity<ReportDelivery>().HasKey(d => new { d.Day, d.Recipient });
        modelBuilder.Entity<EndedSession>().HasKey(s => s.Id);
        modelBuilder.Entity<EndedSession>().HasIndex(s => s.EndedAt);
        // No foreign key to Snapshots either: a note outlives the retention of its day's snapshot.
        modelBuilder.Entity<DayNote>().HasKey(n => n.Id);
        modelBuilder.Entity<DayNote>().Property(n => n.Text).HasMaxLength(DayNote.MaxLength);
        modelBuilder.Entity<DayNote>().HasIndex(n => n.Day);
        modelBuilder.Entity<StoreRevision>().HasKey(r => r.Id);
        modelBuilder.Entity<StoreRevision>().Property(r => r.Id).ValueGeneratedNever();
        modelBuilder.Entity<StoreRevision>().HasData(new StoreRevision { Id = StoreRevision.Row, Number = 0 });
    }
}
