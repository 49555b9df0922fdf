using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Beryl.Dashboard.BerylData;

/// <summary>
/// Beryl's application data: the source the dashboard reads. Only <c>seed-demo</c> and tests write to it.
/// </summary>
public class BerylDbContext : DbContext
{
    public BerylDbContext(DbContextOptions<BerylDbContext> options) : base(options)
    {
    }

    /// <summary>For the provider's subclass (<see cref="PostgresBerylDbContext"/>), whose options name its own type.</summary>
    protected BerylDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<User> Users => Set<User>();
    public DbSet<UserLogin> UserLogins => Set<UserLogin>();
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
    public DbSet<EmailMessage> EmailMessages => Set<EmailMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every Beryl timestamp is UTC; SQLite forgets the kind, so give it back on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Django stores choices as their upper-case names (IN_COLLECTION, LENT_OUT...).
        configurationBuilder.Properties<Visibility>().HaveConversion<DjangoChoiceConverter<Visibility>>();
        configurationBuilder.Properties<ItemStatus>().HaveConversion<DjangoChoiceConverter<ItemStatus>>();
        configurationBuilder.Properties<AttributeType>().HaveConversion<DjangoChoiceConverter<AttributeType>>();
        configurationBuilder.Properties<MediaType>().HaveConversion<DjangoChoiceConverter<MediaType>>();
        configurationBuilder.Properties<StorageBackend>().HaveConversion<DjangoChoiceConverter<StorageBackend>>();
        configurationBuilder.Properties<ModerationStatus>().HaveConversion<DjangoChoiceConverter<ModerationStatus>>();
        configurationBuilder.Properties<EmailStatus>().HaveConversion<DjangoChoiceConverter<EmailStatus>>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>().HasIndex(u => u.Email).IsUnique();
        modelBuilder.Entity<User>().HasOne(u => u.Profile).WithOne(p => p.User)
            .HasForeignKey<UserProfile>(p => p.UserId);
        modelBuilder.Entity<UserLogin>().HasIndex(l => new { l.At, l.UserId });

        foreach (var content in new[] { typeof(Collection), typeof(CollectionItem), typeof(ItemType),
                     typeof(ItemAttribute), typeof(LinkPattern), typeof(CollectionItemLink), typeof(MediaFile) })
        {
            modelBuilder.Entity(content).HasIndex(nameof(BerylContent.Hash)).IsUnique();
            modelBuilder.Entity(content).HasOne(nameof(BerylContent.CreatedBy)).WithMany()
                .HasForeignKey(nameof(BerylContent.CreatedById)).OnDelete(DeleteBehavior.SetNull);
        }

        AddCollectorIndexes(modelBuilder);
    }

    /// <summary>
    /// The indexes the metrics collector reads (docs/PERFORMANCE.md shows the query plans before and after).
    /// Most end with the "as of" columns (Created, DeletedAt), so that a count is answered from the index
    /// alone, in the order the query groups by, without visiting the wide rows. An index that starts with a
    /// foreign key replaces EF's plain index on that key.
    /// </summary>
    private static void AddCollectorIndexes(ModelBuilder modelBuilder)
    {
        // First data (MIN), users_total and users_new_*: a range of the index.
        modelBuilder.Entity<User>().HasIndex(u => u.DateJoined);
        // items_by_status, items_by_type, items_created_* (grouped in index order, no sort), items_total and favourites.
        modelBuilder.Entity<CollectionItem>().HasIndex(i => new { i.Status, i.ItemTypeId, i.Created, i.DeletedAt, i.IsFavorite });
        // attribute_usage (distinct item-attribute pairs), items_with_attributes_pct, avg_attributes_per_item: read in item order.
        modelBuilder.Entity<CollectionItemAttributeValue>().HasIndex(v => new { v.ItemId, v.ItemAttributeId, v.Created, v.DeletedAt });
        // items_with_links_pct and links_by_pattern.
        modelBuilder.Entity<CollectionItemLink>().HasIndex(l => new { l.ItemId, l.Created, l.DeletedAt });
        modelBuilder.Entity<CollectionItemLink>().HasIndex(l => new { l.LinkPatternId, l.Created, l.DeletedAt });
        // items_with_images_pct, and the media_orphaned look-ups from both image tables.
        modelBuilder.Entity<CollectionItemImage>().HasIndex(i => new { i.ItemId, i.Created, i.DeletedAt });
        modelBuilder.Entity<CollectionItemImage>().HasIndex(i => new { i.MediaFileId, i.Created, i.DeletedAt });
        modelBuilder.Entity<CollectionImage>().HasIndex(i => new { i.MediaFileId, i.Created, i.DeletedAt });
        // moderation_flagged, moderation_pending: only those rows are read.
        modelBuilder.Entity<MediaFile>().HasIndex(m => new { m.ContentModerationStatus, m.Created, m.DeletedAt });
        // emails_* by status without a sort.
        modelBuilder.Entity<EmailMessage>().HasIndex(e => new { e.Status, e.Created });
    }
}

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>Maps <c>LentOut</c> to Django's <c>LENT_OUT</c> and back.</summary>
internal sealed class DjangoChoiceConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => DjangoChoice.ToStored(v), v => DjangoChoice.Parse<TEnum>(v))
    where TEnum : struct, Enum;

public static class DjangoChoice
{
    public static string ToStored<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString()))
            .ToUpperInvariant();

    public static TEnum Parse<TEnum>(string stored) where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(stored.Replace("_", ""), ignoreCase: true);
}
