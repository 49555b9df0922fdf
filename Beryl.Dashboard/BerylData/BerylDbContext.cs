using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.BerylData;

/// <summary>
/// Beryl's database as Django's migrations create it (<c>BerylData/Django/</c>): the tables and columns the
/// dashboard reads, mapped onto their Django names (<c>auth_user</c>, <c>web_collectionitem.is_deleted</c>...).
/// Only the demo and tests write through it, into the embedded demo Beryl; a Beryl the dashboard is pointed at is
/// only read, and <see cref="BerylSchema"/> checks first that these tables and columns are there.
/// </summary>
public class BerylDbContext : DbContext
{
    public BerylDbContext(DbContextOptions<BerylDbContext> options) : base(options)
    {
    }

    /// <summary>For the PostgreSQL subclass (<see cref="PostgresBerylDbContext"/>), whose options name its own type.</summary>
    protected BerylDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<User> Users => Set<User>();
    public DbSet<UserProfile> UserProfiles => Set<UserProfile>();
    public DbSet<Collection> Collections => Set<Collection>();
    public DbSet<CollectionItem> CollectionItems => Set<CollectionItem>();
    public DbSet<ItemType> ItemTypes => Set<ItemType>();
    public DbSet<ItemAttribute> ItemAttributes => Set<ItemAttribute>();
    public DbSet<CollectionItemAttributeValue> AttributeValues => Set<CollectionItemAttributeValue>();
    public DbSet<LinkPattern> LinkPatterns => Set<LinkPattern>();
    public DbSet<CollectionItemLink> Links => Set<CollectionItemLink>();
    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();
    public DbSet<CollectionImage> CollectionImages => Set<CollectionImage>();
    public DbSet<CollectionItemImage> CollectionItemImages => Set<CollectionItemImage>();
    public DbSet<PostOfficeEmail> Emails => Set<PostOfficeEmail>();
    public DbSet<PostOfficeLog> EmailLogs => Set<PostOfficeLog>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Django keeps UTC (USE_TZ); SQLite forgets the kind, so give it back on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>().ToTable("auth_user");
        modelBuilder.Entity<UserProfile>().ToTable("web_userprofile");
        modelBuilder.Entity<Collection>().ToTable("web_collection");
        modelBuilder.Entity<CollectionItem>().ToTable("web_collectionitem");
        modelBuilder.Entity<ItemType>().ToTable("web_itemtype");
        modelBuilder.Entity<ItemAttribute>().ToTable("web_itemattribute");
        modelBuilder.Entity<CollectionItemAttributeValue>().ToTable("web_collectionitemattributevalue");
        modelBuilder.Entity<LinkPattern>().ToTable("web_linkpattern");
        modelBuilder.Entity<CollectionItemLink>().ToTable("web_collectionitemlink");
        modelBuilder.Entity<MediaFile>().ToTable("web_mediafile");
        modelBuilder.Entity<CollectionImage>().ToTable("web_collectionimage");
        modelBuilder.Entity<CollectionItemImage>().ToTable("web_collectionitemimage");
        modelBuilder.Entity<PostOfficeEmail>().ToTable("post_office_email");
        modelBuilder.Entity<PostOfficeLog>().ToTable("post_office_log");

        modelBuilder.Entity<PostOfficeEmail>().HasMany(e => e.Logs).WithOne(l => l.Email).HasForeignKey(l => l.EmailId);
        modelBuilder.Entity<User>().HasOne(u => u.Profile).WithOne(p => p.User).HasForeignKey<UserProfile>(p => p.UserId);
        foreach (var content in modelBuilder.Model.GetEntityTypes().Where(e => typeof(BerylContent).IsAssignableFrom(e.ClrType)).ToList())
            modelBuilder.Entity(content.ClrType).HasOne(nameof(BerylContent.CreatedBy)).WithMany()
                .HasForeignKey(nameof(BerylContent.CreatedById));

        // Django's JSON fields are jsonb on PostgreSQL (text on SQLite).
        if (Database.IsNpgsql())
            foreach (var json in new[] { nameof(MediaFile.Metadata), nameof(MediaFile.ContentModerationDetails) })
                modelBuilder.Entity<MediaFile>().Property(json).HasColumnType("jsonb");

        // Django's column names: the property's name in snake case (IsDeleted -> is_deleted, CreatedById -> created_by_id).
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
    }

    public static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
