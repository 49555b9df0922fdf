using Beryl.Dashboard.BerylData;
using static Beryl.Dashboard.Tests.Metrics.June15;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// A Beryl small enough to count by hand. The comments say which rows count on 2026-06-15 (cut-off C) and
/// on 2026-06-09 (cut-off P = 2026-06-09T22:00Z); the expected numbers in the tests are those counts.
/// </summary>
public static class HandCountedBeryl
{
    public static async Task SeedAsync(BerylDbContext db)
    {
        var serial = 0;
        T Content<T>(T row, string name, DateTime created, DateTime? deleted = null) where T : BerylContent
        {
            row.Hash = $"h{++serial:000}";
            row.Name = name;
            row.Created = row.Updated = created;
            row.DeletedAt = deleted;
            return row;
        }

        // ---- Users -------------------------------------------------------------------------------
        // On C: total 6 (frank joined at C); new 24h dave; 7d carol, dave; 30d bob, carol, dave
        // (grace joined one second before the 30d window).
        // Active (sign-ins in [start, C)): 24h alice, carol; 7d + bob; 30d + grace. erin signed in one
        // second too early, dave exactly at C, grace's second sign-in is after C.
        // Marketing (active users, joined before C): in alice, carol; out bob, dave (no profile), grace.
        // erin is banned (inactive); frank is not there yet.
        // Moderation: violations bob, erin (frank not counted); banned erin.
        var alice = User("alice@example.org", Old, superuser: true);
        alice.Profile = new UserProfile { ReceiveMarketingEmails = true, MarketingSubscribedAt = Old };
        var bob = User("bob@example.org", InMonth);
        bob.Profile = new UserProfile { ReceiveMarketingEmails = false, ContentModerationViolations = 2, LastViolationAt = InMonth };
        var carol = User("carol@example.org", WeekStart);
        carol.Profile = new UserProfile { ReceiveMarketingEmails = true, MarketingSubscribedAt = WeekStart };
        var dave = User("dave@example.org", DayStart);
        var erin = User("erin@example.org", Old);
        erin.IsActive = false;
        erin.Profile = new UserProfile
        {
            ReceiveMarketingEmails = true, ContentModerationViolations = 3, LastViolationAt = InMonth,
            IsContentBanned = true, ContentBannedAt = InMonth,
        };
        var frank = User("frank@example.org", CutOff);
        frank.Profile = new UserProfile { ReceiveMarketingEmails = true, ContentModerationViolations = 1 };
        var grace = User("grace@example.org", JustBeforeMonth);
        grace.Profile = new UserProfile { ReceiveMarketingEmails = false, MarketingUnsubscribedAt = InMonth };
        db.Users.AddRange(alice, bob, carol, dave, erin, frank, grace);
        db.UserLogins.AddRange(
            new UserLogin { User = alice, At = InDay },
            new UserLogin { User = alice, At = InWeek },
            new UserLogin { User = bob, At = InWeek },
            new UserLogin { User = bob, At = June9 },
            new UserLogin { User = carol, At = DayStart },
            new UserLogin { User = dave, At = CutOff },
            new UserLogin { User = erin, At = JustBeforeMonth },
            new UserLogin { User = grace, At = MonthStart },
            new UserLogin { User = grace, At = CutOff.AddMinutes(1) });

        // ---- Collections -------------------------------------------------------------------------
        // On C: live books, vinyl, lego, wishlist (deleted after C) = 4; gone was deleted before C,
        // tomorrow was created at C. Visibility: private books, wishlist; unlisted lego; public vinyl.
        // Created 24h lego; 7d vinyl, lego; 30d + wishlist.
        var books = Content(new Collection { Visibility = Visibility.Private }, "Books", Old);
        var vinyl = Content(new Collection { Visibility = Visibility.Public }, "Vinyl", InWeek);
        var lego = Content(new Collection { Visibility = Visibility.Unlisted }, "LEGO", DayStart);
        var gone = Content(new Collection { Visibility = Visibility.Public }, "Gone", Old, deleted: InWeek);
        var wishlist = Content(new Collection { Visibility = Visibility.Private }, "Wishlist", InMonth, deleted: AfterCutOff);
        var tomorrow = Content(new Collection { Visibility = Visibility.Public }, "Tomorrow", CutOff);
        db.Collections.AddRange(books, vinyl, lego, gone, wishlist, tomorrow);

        // ---- Item types and attributes -----------------------------------------------------------
        // On C: live types Book, Vinyl Record (Comic deleted) = 2; live attributes Book / Author,
        // Book / Year, Vinyl Record / Label (Colour deleted) = 3.
        var book = Content(new ItemType { DisplayName = "Book", Icon = "book" }, "book", Old);
        var record = Content(new ItemType { DisplayName = "Vinyl Record", Icon = "disc" }, "vinyl-record", Old);
        var comic = Content(new ItemType { DisplayName = "Comic", Icon = "comic" }, "comic", Old, deleted: InWeek);
        db.ItemTypes.AddRange(book, record, comic);
        var author = Content(new ItemAttribute { ItemType = book, DisplayName = "Author" }, "author", Old);
        var year = Content(new ItemAttribute { ItemType = book, DisplayName = "Year", AttributeType = AttributeType.Number }, "year", Old);
        var label = Content(new ItemAttribute { ItemType = record, DisplayName = "Label" }, "label", Old);
        var colour = Content(new ItemAttribute { ItemType = record, DisplayName = "Colour" }, "colour", Old, deleted: InWeek);
        db.ItemAttributes.AddRange(author, year, label, colour);

        // ---- Items -------------------------------------------------------------------------------
        // On C: live i1, i2, i3, i4, i6, i8 = 6 (i5 deleted before C, i7 created at C, i8 deleted after C).
        // Status: in_collection i1; wanted i2; lent_out i3; sold i4; reserved i6; given_away i8.
        // Type: Book i1, i2, i6 = 3; Vinyl Record i4, i8 = 2; untyped i3 = 1. Favourites i1, i3 = 2.
        // Created 24h i4; 7d i3, i4, i6; 30d + i2.
        var i1 = Content(new CollectionItem { Collection = books, ItemType = book, Status = ItemStatus.InCollection, IsFavorite = true }, "i1", Old);
        var i2 = Content(new CollectionItem { Collection = books, ItemType = book, Status = ItemStatus.Wanted }, "i2", InMonth);
        var i3 = Content(new CollectionItem { Collection = books, ItemType = null, Status = ItemStatus.LentOut, IsFavorite = true }, "i3", InWeek);
        var i4 = Content(new CollectionItem { Collection = vinyl, ItemType = record, Status = ItemStatus.Sold }, "i4", DayStart);
        var i5 = Content(new CollectionItem { Collection = vinyl, ItemType = record, Status = ItemStatus.InCollection, IsFavorite = true },
            "i5", InDay, deleted: InDay.AddHours(1));
        var i6 = Content(new CollectionItem { Collection = lego, ItemType = book, Status = ItemStatus.Reserved }, "i6", WeekStart);
        var i7 = Content(new CollectionItem { Collection = vinyl, ItemType = book, Status = ItemStatus.InCollection }, "i7", CutOff);
        var i8 = Content(new CollectionItem { Collection = wishlist, ItemType = record, Status = ItemStatus.GivenAway }, "i8", Old, deleted: AfterCutOff);
        db.CollectionItems.AddRange(i1, i2, i3, i4, i5, i6, i7, i8);

        // ---- Attribute values --------------------------------------------------------------------
        // On C: live values on live items v1, v2, v3, v4, v5, v8, v9 = 7 (v6 deleted, v7 on deleted i5).
        // Usage: Book / Author i1, i2 = 2 (i1 has two values, counted once); Book / Year i1 = 1;
        // Vinyl Record / Label i4, i8 = 2. Items with a value: i1, i2, i4, i8 = 4 of 6.
        db.AttributeValues.AddRange(
            Value(i1, author, "Ursula K. Le Guin", Old),            // v1
            Value(i1, author, "Another author", Old),               // v2
            Value(i1, year, "1969", Old),                           // v3
            Value(i2, author, "Italo Calvino", InMonth),            // v4
            Value(i4, label, "Blue Note", DayStart),                // v5
            Value(i2, year, "1972", InMonth, deleted: InWeek),      // v6
            Value(i5, label, "ECM", InDay),                         // v7
            Value(i8, label, "Impulse!", Old),                      // v8
            Value(i4, label, "Blue Note reissue", DayStart));       // v9

        // ---- Link patterns and links -------------------------------------------------------------
        // On C: live links l1, l2, l3, l4 = 4 (l5 deleted, l6 created at C); matched l1, l2, l3 = 3;
        // unmatched l4 = 1. By pattern: Amazon 2, Discogs 1, eBay 0 (Old shop deleted).
        // Items with a link: i1, i2, i4 = 3 of 6.
        var amazon = Content(new LinkPattern { DisplayName = "Amazon", UrlPattern = "*amazon.*/*" }, "amazon", Old);
        var discogs = Content(new LinkPattern { DisplayName = "Discogs", UrlPattern = "*discogs.com/*" }, "discogs", Old);
        var ebay = Content(new LinkPattern { DisplayName = "eBay", UrlPattern = "*ebay.*/*" }, "ebay", Old);
        var oldShop = Content(new LinkPattern { DisplayName = "Old shop", UrlPattern = "*oldshop.ch/*" }, "old-shop", Old, deleted: InWeek);
        db.LinkPatterns.AddRange(amazon, discogs, ebay, oldShop);
        db.Links.AddRange(
            Content(new CollectionItemLink { Item = i1, Url = "https://amazon.de/dp/1", LinkPattern = amazon }, "l1", Old),
            Content(new CollectionItemLink { Item = i1, Url = "https://amazon.com/dp/1", LinkPattern = amazon }, "l2", InMonth),
            Content(new CollectionItemLink { Item = i2, Url = "https://discogs.com/r/2", LinkPattern = discogs }, "l3", InWeek),
            Content(new CollectionItemLink { Item = i4, Url = "https://example.org/4" }, "l4", DayStart),
            Content(new CollectionItemLink { Item = i3, Url = "https://example.org/3" }, "l5", InDay, deleted: InDay.AddHours(2)),
            Content(new CollectionItemLink { Item = i6, Url = "https://example.org/6" }, "l6", CutOff));

        // ---- Media files and images --------------------------------------------------------------
        // On C: live m1..m6 = 6 (m7 deleted, m8 created at C).
        // Bytes: 1000 + 2000 + 500 + 300 + 4000 + (none) = 7800;
        // image/jpeg m1, m2 = 3000; image/png m3, m4 = 800; unknown m5 = 4000; application/pdf m6 = 0.
        // Uploads 24h m5, m6; 7d + m3, m4; 30d + m2. Orphaned m5 (no image), m6 (its image row deleted);
        // m4 is an avatar. Missing file m3. Flagged m2; pending m5, m6.
        // Items with a live image: i1, i2 = 2 of 6.
        var m1 = Content(Media(MediaType.CollectionItem, 1000, "image/jpeg", ModerationStatus.Approved), "m1", Old);
        var m2 = Content(Media(MediaType.CollectionItem, 2000, "image/jpeg", ModerationStatus.Flagged), "m2", InMonth);
        var m3 = Content(Media(MediaType.CollectionHeader, 500, "image/png", ModerationStatus.Approved, exists: false), "m3", InWeek);
        var m4 = Content(Media(MediaType.Avatar, 300, "image/png", ModerationStatus.Approved), "m4", InWeek);
        var m5 = Content(Media(MediaType.Other, 4000, null, ModerationStatus.Pending), "m5", DayStart);
        var m6 = Content(Media(MediaType.CollectionItem, null, "application/pdf", ModerationStatus.Pending), "m6", InDay);
        var m7 = Content(Media(MediaType.CollectionItem, 800, "image/jpeg", ModerationStatus.Flagged, exists: false), "m7", Old, deleted: InWeek);
        var m8 = Content(Media(MediaType.CollectionItem, 700, "image/jpeg", ModerationStatus.Pending), "m8", CutOff);
        db.MediaFiles.AddRange(m1, m2, m3, m4, m5, m6, m7, m8);
        db.CollectionItemImages.AddRange(
            new CollectionItemImage { Item = i1, MediaFile = m1, IsDefault = true, Created = Old },
            new CollectionItemImage { Item = i2, MediaFile = m2, IsDefault = true, Created = InMonth },
            new CollectionItemImage { Item = i5, MediaFile = m6, IsDefault = true, Created = InDay, DeletedAt = InDay.AddHours(1) });
        db.CollectionImages.Add(new CollectionImage { Collection = books, MediaFile = m3, IsDefault = true, Created = InWeek });

        // ---- Outbound email ----------------------------------------------------------------------
        // On C: created before C e1..e4 = 4; pending e4; sent e1, e2; failed e3 (e5 created at C).
        db.EmailMessages.AddRange(
            Mail(EmailStatus.Sent, "welcome", Old),                  // e1
            Mail(EmailStatus.Sent, "marketing", InWeek),             // e2
            Mail(EmailStatus.Failed, "reservation", InDay),          // e3
            Mail(EmailStatus.Pending, "marketing", DayStart),        // e4
            Mail(EmailStatus.Sent, "welcome", CutOff));              // e5

        await db.SaveChangesAsync();
    }

    private static User User(string email, DateTime joined, bool superuser = false) =>
        new() { Email = email, DateJoined = joined, IsActive = true, IsSuperuser = superuser, IsStaff = superuser };

    private static CollectionItemAttributeValue Value(CollectionItem item, ItemAttribute attribute, string value,
        DateTime created, DateTime? deleted = null) =>
        new() { Item = item, ItemAttribute = attribute, Value = value, Created = created, DeletedAt = deleted };

    private static MediaFile Media(MediaType type, long? size, string? contentType, ModerationStatus moderation, bool exists = true) =>
        new()
        {
            MediaType = type, FileSize = size, ContentType = contentType, ContentModerationStatus = moderation,
            FileExists = exists, FilePath = $"media/{Guid.NewGuid():N}", OriginalFilename = "photo",
        };

    private static EmailMessage Mail(EmailStatus status, string kind, DateTime created) =>
        new()
        {
            To = "someone@example.org", Kind = kind, Status = status, Created = created,
            SentAt = status == EmailStatus.Sent ? created.AddMinutes(1) : null,
            Error = status == EmailStatus.Failed ? "550 mailbox unavailable" : null,
        };
}
