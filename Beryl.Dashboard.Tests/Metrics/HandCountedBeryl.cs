using Beryl.Dashboard.BerylData;
using static Beryl.Dashboard.Tests.Metrics.June15;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// A Beryl small enough to count by hand, in Django's tables. The comments say which rows count on 2026-06-15
/// (cut-off C, collected five minutes later) and, for what Beryl keeps history of (users), on 2026-06-09
/// (cut-off P = 2026-06-09T22:00Z); the expected numbers in the tests are those counts. Beryl keeps no deletion
/// time: a deleted row is gone, whenever it was deleted.
/// </summary>
public static class HandCountedBeryl
{
    public static async Task SeedAsync(BerylDbContext db)
    {
        var serial = 0;
        T Content<T>(T row, string name, DateTime created, bool deleted = false) where T : BerylContent
        {
            row.Hash = $"h{++serial:000}";
            row.Name = name;
            row.Created = row.Updated = created;
            row.IsDeleted = deleted;
            return row;
        }

        // ---- Users -------------------------------------------------------------------------------
        // On C: total 6 (frank joined at C); new 24h dave; 7d carol, dave; 30d bob, carol, dave
        // (grace joined one second before the 30d window).
        // Active (last_login in [start, C)): 24h alice, carol; 7d + bob; 30d the same 3. dave's last sign-in is
        // exactly at C, erin's long ago, and grace signed in again after C, so her sign-in in the window is lost
        // (Beryl keeps only the latest).
        // Marketing (active users, joined before C): in alice, carol; out bob, dave (no profile), grace.
        // erin is banned (inactive); frank is not there yet.
        // Moderation: violations bob, erin (frank not counted); banned erin.
        var alice = User("alice@example.org", Old, lastLogin: InDay, superuser: true);
        alice.Profile = Profile(receive: true);
        var bob = User("bob@example.org", InMonth, lastLogin: InWeek);
        bob.Profile = Profile(receive: false, violations: 2);
        var carol = User("carol@example.org", WeekStart, lastLogin: DayStart);
        carol.Profile = Profile(receive: true);
        var dave = User("dave@example.org", DayStart, lastLogin: CutOff);
        var erin = User("erin@example.org", Old, lastLogin: JustBeforeMonth);
        erin.IsActive = false;
        erin.Profile = Profile(receive: true, violations: 3, banned: true);
        var frank = User("frank@example.org", CutOff, lastLogin: null);
        frank.Profile = Profile(receive: true, violations: 1);
        var grace = User("grace@example.org", JustBeforeMonth, lastLogin: CutOff.AddMinutes(1));
        grace.Profile = Profile(receive: false);
        db.Users.AddRange(alice, bob, carol, dave, erin, frank, grace);

        // ---- Collections -------------------------------------------------------------------------
        // On C: live books, vinyl, lego, club = 4; gone and wishlist are deleted, tomorrow was created at C.
        // Visibility: private books; unlisted lego; public vinyl; friends club (a value of a newer Beryl).
        // Created (an event: deleted since or not) 24h lego; 7d vinyl, lego; 30d vinyl, lego, wishlist (deleted since).
        var books = Content(new Collection { Visibility = BerylChoices.Private }, "Books", Old);
        var vinyl = Content(new Collection { Visibility = BerylChoices.Public }, "Vinyl", InWeek);
        var lego = Content(new Collection { Visibility = BerylChoices.Unlisted }, "LEGO", DayStart);
        var club = Content(new Collection { Visibility = "FRIENDS" }, "Club", Old);
        var gone = Content(new Collection { Visibility = BerylChoices.Public }, "Gone", Old, deleted: true);
        var wishlist = Content(new Collection { Visibility = BerylChoices.Private }, "Wishlist", InMonth, deleted: true);
        var tomorrow = Content(new Collection { Visibility = BerylChoices.Public }, "Tomorrow", CutOff);
        db.Collections.AddRange(books, vinyl, lego, club, gone, wishlist, tomorrow);

        // ---- Item types and attributes -----------------------------------------------------------
        // On C: live types Book, Vinyl Record (Comic deleted) = 2; live attributes Book / Author,
        // Book / Year, Vinyl Record / Label (Colour deleted) = 3.
        var book = Content(new ItemType { DisplayName = "Book", Icon = "book" }, "book", Old);
        var record = Content(new ItemType { DisplayName = "Vinyl Record", Icon = "disc" }, "vinyl-record", Old);
        var comic = Content(new ItemType { DisplayName = "Comic", Icon = "comic" }, "comic", Old, deleted: true);
        db.ItemTypes.AddRange(book, record, comic);
        var author = Content(new ItemAttribute { ItemType = book, DisplayName = "Author" }, "author", Old);
        var year = Content(new ItemAttribute { ItemType = book, DisplayName = "Year", AttributeType = "NUMBER" }, "year", Old);
        var label = Content(new ItemAttribute { ItemType = record, DisplayName = "Label" }, "label", Old);
        var colour = Content(new ItemAttribute { ItemType = record, DisplayName = "Colour" }, "colour", Old, deleted: true);
        db.ItemAttributes.AddRange(author, year, label, colour);

        // ---- Items -------------------------------------------------------------------------------
        // On C: live i1, i2, i3, i4, i6, i9 = 6 (i5 deleted, i7 created at C, i8 in the deleted wishlist).
        // Status: in_collection i1; wanted i2; reserved i6; lent_out i3; previously_owned i9; sold i4 (a value
        // of a newer Beryl, under its own label). Type: Book i1, i2, i6 = 3; Vinyl Record i4, i9 = 2; untyped i3.
        // Favourites i1, i3 = 2 (i5 is deleted). Created (deleted since or not) 24h i4, i5; 7d i3, i4, i5, i6; 30d + i2.
        var i1 = Content(new CollectionItem { Collection = books, ItemType = book, Status = BerylChoices.InCollection, IsFavorite = true }, "i1", Old);
        var i2 = Content(new CollectionItem { Collection = books, ItemType = book, Status = BerylChoices.Wanted }, "i2", InMonth);
        var i3 = Content(new CollectionItem { Collection = books, ItemType = null, Status = BerylChoices.LentOut, IsFavorite = true }, "i3", InWeek);
        var i4 = Content(new CollectionItem { Collection = vinyl, ItemType = record, Status = "SOLD" }, "i4", DayStart);
        var i5 = Content(new CollectionItem { Collection = vinyl, ItemType = record, Status = BerylChoices.InCollection, IsFavorite = true },
            "i5", InDay, deleted: true);
        var i6 = Content(new CollectionItem { Collection = lego, ItemType = book, Status = BerylChoices.Reserved }, "i6", WeekStart);
        var i7 = Content(new CollectionItem { Collection = vinyl, ItemType = book, Status = BerylChoices.InCollection }, "i7", CutOff);
        var i8 = Content(new CollectionItem { Collection = wishlist, ItemType = record, Status = BerylChoices.Ordered, IsFavorite = true }, "i8", Old);
        var i9 = Content(new CollectionItem { Collection = vinyl, ItemType = record, Status = BerylChoices.PreviouslyOwned }, "i9", Old);
        db.CollectionItems.AddRange(i1, i2, i3, i4, i5, i6, i7, i8, i9);

        // ---- Attribute values --------------------------------------------------------------------
        // On C: live values of live items v1, v2, v3, v4, v5, v9 = 6 (v6 deleted; v7 of the deleted i5 and v8 of
        // i8 in the deleted wishlist are not deleted themselves, and still do not count).
        // Usage: Book / Author i1, i2 = 2 (i1 has two values, counted once); Book / Year i1 = 1;
        // Vinyl Record / Label i4 = 1. Items with a value: i1, i2, i4 = 3 of 6.
        db.AttributeValues.AddRange(
            Content(Value(i1, author, "Ursula K. Le Guin"), "v1", Old),
            Content(Value(i1, author, "Another author"), "v2", Old),
            Content(Value(i1, year, "1969"), "v3", Old),
            Content(Value(i2, author, "Italo Calvino"), "v4", InMonth),
            Content(Value(i4, label, "Blue Note"), "v5", DayStart),
            Content(Value(i2, year, "1972"), "v6", InMonth, deleted: true),
            Content(Value(i5, label, "ECM"), "v7", InDay),
            Content(Value(i8, label, "Impulse!"), "v8", Old),
            Content(Value(i4, label, "Blue Note reissue"), "v9", DayStart));

        // ---- Link patterns and links -------------------------------------------------------------
        // On C: live links l1, l2, l3, l4 = 4 (l5 deleted, l6 created at C, l7 of the deleted i5);
        // matched l1, l2, l3 = 3; unmatched l4 = 1. By pattern: Amazon 2, Discogs 1, eBay 0 (Old shop deleted).
        // Items with a link: i1, i2, i4 = 3 of 6.
        var amazon = Content(new LinkPattern { DisplayName = "Amazon", UrlPattern = "*amazon.*/*" }, "amazon", Old);
        var discogs = Content(new LinkPattern { DisplayName = "Discogs", UrlPattern = "*discogs.com/*" }, "discogs", Old);
        var ebay = Content(new LinkPattern { DisplayName = "eBay", UrlPattern = "*ebay.*/*" }, "ebay", Old);
        var oldShop = Content(new LinkPattern { DisplayName = "Old shop", UrlPattern = "*oldshop.ch/*" }, "old-shop", Old, deleted: true);
        db.LinkPatterns.AddRange(amazon, discogs, ebay, oldShop);
        db.Links.AddRange(
            Content(new CollectionItemLink { Item = i1, Url = "https://amazon.de/dp/1", LinkPattern = amazon }, "l1", Old),
            Content(new CollectionItemLink { Item = i1, Url = "https://amazon.com/dp/1", LinkPattern = amazon }, "l2", InMonth),
            Content(new CollectionItemLink { Item = i2, Url = "https://discogs.com/r/2", LinkPattern = discogs }, "l3", InWeek),
            Content(new CollectionItemLink { Item = i4, Url = "https://example.org/4" }, "l4", DayStart),
            Content(new CollectionItemLink { Item = i3, Url = "https://example.org/3" }, "l5", InDay, deleted: true),
            Content(new CollectionItemLink { Item = i6, Url = "https://example.org/6" }, "l6", CutOff),
            Content(new CollectionItemLink { Item = i5, Url = "https://discogs.com/r/5", LinkPattern = discogs }, "l7", InDay));

        // ---- Media files and images --------------------------------------------------------------
        // On C: live m1..m6, m9 = 7 (m7 and m10 deleted, m8 created at C).
        // Bytes: 1000 + 2000 + 500 + 300 + 4000 + (none) + 250 = 8050; image/jpeg m1, m2 = 3000;
        // image/png m3, m4 = 800; unknown m5 (NULL) + m9 ('') = 4250; application/pdf m6 = 0.
        // Uploads (deleted since or not) 24h m5, m6; 7d + m3, m4, m10; 30d + m2. Orphaned m5 (no image), m6 (its image row deleted);
        // m4 is an avatar. Missing file m3. Flagged m2; pending m5, m6.
        // Items with a live image: i1 (two), i2 = 2 of 6.
        var m1 = Content(Media(BerylChoices.CollectionItemMedia, 1000, "image/jpeg", BerylChoices.Approved), "m1", Old);
        var m2 = Content(Media(BerylChoices.CollectionItemMedia, 2000, "image/jpeg", BerylChoices.Flagged), "m2", InMonth);
        var m3 = Content(Media(BerylChoices.CollectionHeader, 500, "image/png", BerylChoices.Approved, exists: false), "m3", InWeek);
        var m4 = Content(Media(BerylChoices.Avatar, 300, "image/png", BerylChoices.Approved), "m4", InWeek);
        var m5 = Content(Media(BerylChoices.OtherMedia, 4000, null, BerylChoices.Pending), "m5", DayStart);
        var m6 = Content(Media(BerylChoices.CollectionItemMedia, null, "application/pdf", BerylChoices.Pending), "m6", InDay);
        var m7 = Content(Media(BerylChoices.CollectionItemMedia, 800, "image/jpeg", BerylChoices.Flagged, exists: false), "m7", Old, deleted: true);
        var m8 = Content(Media(BerylChoices.CollectionItemMedia, 700, "image/jpeg", BerylChoices.Pending), "m8", CutOff);
        var m9 = Content(Media(BerylChoices.CollectionItemMedia, 250, "", BerylChoices.Approved), "m9", Old);
        var m10 = Content(Media(BerylChoices.CollectionItemMedia, 600, "image/jpeg", BerylChoices.Approved), "m10", InWeek, deleted: true);
        db.MediaFiles.AddRange(m1, m2, m3, m4, m5, m6, m7, m8, m9, m10);
        db.CollectionItemImages.AddRange(
            Content(new CollectionItemImage { Item = i1, MediaFile = m1, IsDefault = true }, "r1", Old),
            Content(new CollectionItemImage { Item = i2, MediaFile = m2, IsDefault = true }, "r2", InMonth),
            Content(new CollectionItemImage { Item = i5, MediaFile = m6, IsDefault = true }, "r3", InDay, deleted: true),
            Content(new CollectionItemImage { Item = i1, MediaFile = m9, Order = 1 }, "r4", Old));
        db.CollectionImages.Add(Content(new CollectionImage { Collection = books, MediaFile = m3, IsDefault = true }, "c1", InWeek));

        // ---- Outbound email (django-post_office) -------------------------------------------------
        // On C: created before C e1, e2, e3, e4, e6, e7, e8 = 7 (e5 created at C); pending e4 (queued), e6 (NULL:
        // not dispatched yet), e7 (requeued) = 3; sent e1, e2 = 2; failed e3, e8 = 2 (e3 in the day, e8 in the week).
        // Delivery log: e3 failed twice, its last error the disconnection; e8 failed once without an exception type;
        // e1's attempt succeeded.
        var (e1, e3, e8) = (Mail(BerylChoices.EmailSent, Old), Mail(BerylChoices.EmailFailed, InDay), Mail(BerylChoices.EmailFailed, InWeek));
        db.Emails.AddRange(
            e1,
            Mail(BerylChoices.EmailSent, InWeek),         // e2
            e3,
            Mail(BerylChoices.EmailQueued, DayStart),     // e4
            Mail(BerylChoices.EmailSent, CutOff),         // e5
            Mail(null, InDay),                            // e6
            Mail(BerylChoices.EmailRequeued, Old),        // e7
            e8);
        db.EmailLogs.AddRange(
            Log(e1, BerylChoices.EmailSent, Old, "", ""),
            Log(e3, BerylChoices.EmailFailed, InDay, "SMTPServerDisconnected", "Connection unexpectedly closed"),
            Log(e3, BerylChoices.EmailFailed, InDay.AddMinutes(-30), "SMTPAuthenticationError", "535 Bad credentials"),
            Log(e8, BerylChoices.EmailFailed, InWeek, "", "Mailbox full"));

        await db.SaveChangesAsync();
    }

    private static User User(string email, DateTime joined, DateTime? lastLogin, bool superuser = false) =>
        new()
        {
            Email = email, Username = email, DateJoined = joined, LastLogin = lastLogin, IsActive = true,
            IsSuperuser = superuser, IsStaff = superuser,
        };

    private static UserProfile Profile(bool receive, int violations = 0, bool banned = false) =>
        new()
        {
            ReceiveMarketingEmails = receive, ContentModerationViolations = violations,
            LastViolationAt = violations > 0 ? InMonth : null, IsContentBanned = banned, ContentBannedAt = banned ? InMonth : null,
            CreatedAt = Old, UpdatedAt = Old,
        };

    private static CollectionItemAttributeValue Value(CollectionItem item, ItemAttribute attribute, string value) =>
        new() { Item = item, ItemAttribute = attribute, Value = value };

    private static MediaFile Media(string mediaType, long? size, string? contentType, string moderation, bool exists = true) =>
        new()
        {
            MediaType = mediaType, FileSize = size, ContentType = contentType, ContentModerationStatus = moderation,
            FileExists = exists, FilePath = $"media/{Guid.NewGuid():N}", OriginalFilename = "photo", LastVerified = Old,
        };

    private static PostOfficeEmail Mail(short? status, DateTime created) =>
        new()
        {
            FromEmail = "Beryl <noreply@beryl.example>", To = "someone@example.org", Subject = "Hello", Message = "Hello",
            Status = status, Priority = status is null ? (short)3 : (short)1, Created = created, LastUpdated = created,
        };

    private static PostOfficeLog Log(PostOfficeEmail email, short status, DateTime date, string exceptionType, string message) =>
        new() { Email = email, Status = status, Date = date, ExceptionType = exceptionType, Message = message };
}
