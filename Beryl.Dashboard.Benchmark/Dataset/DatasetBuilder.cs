using System.Diagnostics;
using Beryl.Dashboard.BerylData;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Benchmark.Dataset;

/// <summary>
/// Writes a Beryl of <see cref="DatasetSpec"/>'s size into an empty beryl.db with Django's tables (made from
/// Django's DDL): deterministic for a seed, in one transaction of prepared INSERTs (no EF change tracking), with
/// timestamps as Django writes them on SQLite. The indexes Django created are dropped before and created again,
/// from their own SQL, after the rows are in: one sort per index instead of millions of random B-tree inserts, and
/// the same schema in the end.
/// </summary>
/// <remarks>
/// Time runs from <see cref="Start"/> to <see cref="End"/> (two years); rows are created at a rate that grows
/// linearly, so the last day holds about 0.27 % of them, the last 30 days about 8 %. Ids follow creation
/// time as in a real database. Some rows of every content table are soft-deleted.
/// </remarks>
public sealed class DatasetBuilder(DatasetSpec spec, string databasePath, TextWriter log)
{
    public static readonly DateTime Start = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime End = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly Random rng = new(spec.Seed);

    private SqliteConnection connection = null!;
    private SqliteTransaction transaction = null!;

    // What later tables need to know about earlier ones (indices are ids - 1).
    private long[] userJoined = [];
    private string[] userEmail = [];
    private long[] collectionCreated = [];
    private int[] collectionOwner = [];
    private long[] itemCreated = [];
    private int[] itemType = [];
    private int[] itemOwner = [];
    private readonly List<TypeRow> types = [];
    private readonly List<AttributeRow> attributes = [];
    private readonly List<PatternRow> patterns = [];

    private sealed record TypeRow(int Id, string DisplayName, long Created, long? Deleted);

    private sealed record AttributeRow(int Id, int TypeId, long Created);

    private sealed record PatternRow(int Id, string DisplayName, string Domain, long Created, long? Deleted, long? ActiveUntil);

    public void Build()
    {
        var stopwatch = Stopwatch.StartNew();
        connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        Execute("PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-262144;");

        var indexes = new List<(string Name, string Sql)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
            using var reader = list.ExecuteReader();
            while (reader.Read())
                indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in indexes)
            Execute($"DROP INDEX \"{name}\"");

        transaction = connection.BeginTransaction();
        Step("users and profiles", Users);
        Step("item types, attributes and link patterns", Catalogue);
        Step("collections", Collections);
        Step("items", Items);
        Step("attribute values", AttributeValues);
        Step("links", Links);
        Step("media files and images", Media);
        Step("emails", Emails);
        transaction.Commit();

        Step($"{indexes.Count} indexes", () =>
        {
            foreach (var (_, sql) in indexes)
                Execute(sql);
        });
        Execute("PRAGMA journal_mode=WAL;");
        connection.Dispose();
        log.WriteLine($"  built in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private void Step(string what, Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        log.WriteLine($"  {what}: {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction?.Connection is null ? null : transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private BulkInsert Insert(string table, params string[] columns) => new(connection, transaction, table, columns);

    private static readonly string[] ContentColumns = ["created", "is_deleted", "hash", "name", "updated", "created_by_id"];

    private BulkInsert InsertContent(string table, params string[] columns) => Insert(table, [.. columns, .. ContentColumns]);

    // ---- Beryl's tables, in dependency order ----

    private void Users()
    {
        var n = spec.Users;
        userJoined = GrowingTimes(n);
        userEmail = new string[n];
        for (var i = 0; i < n; i++)
            userEmail[i] = $"user{i + 1}@bench.beryl.example";

        // Beryl keeps only each user's latest sign-in: simulated sign-ins, of which the last is kept.
        var lastLogin = new long[n];
        for (var k = 0; k < spec.SignIns; k++)
        {
            var user = rng.Next(n);
            // Recent days see more sign-ins than old ones.
            var at = userJoined[user] + (long)((End.Ticks - userJoined[user]) * Math.Sqrt(rng.NextDouble()));
            lastLogin[user] = Math.Max(lastLogin[user], at);
        }

        var banned = new bool[n];
        using (var profiles = Insert("web_userprofile", "id", "user_id", "hash", "receive_marketing_emails", "marketing_email_subscribed_at",
                   "marketing_email_unsubscribed_at", "content_moderation_violations", "last_violation_at", "is_content_banned",
                   "content_banned_at", "created_at", "updated_at", "use_nickname", "resend_is_subscribed", "resend_sync_status"))
        {
            var id = 0;
            for (var i = 0; i < n; i++)
            {
                if (rng.NextDouble() < 0.05)
                    continue; // some users never got a profile
                var marketing = rng.NextDouble() < 0.35;
                var unsubscribed = !marketing && rng.NextDouble() < 0.2;
                var violations = rng.NextDouble() < 0.02 ? 1 + rng.Next(4) : 0;
                banned[i] = violations >= 3 && rng.NextDouble() < 0.5;
                var joined = userJoined[i];
                profiles.Row(++id, i + 1, "p" + Hash(id), marketing,
                    marketing || unsubscribed ? Time(Between(joined, End.Ticks)) : null,
                    unsubscribed ? Time(Between(joined, End.Ticks)) : null,
                    violations,
                    violations > 0 ? Time(Between(joined, End.Ticks)) : null,
                    banned[i],
                    banned[i] ? Time(Between(joined, End.Ticks)) : null,
                    Time(joined), Time(joined), false, false, "pending");
            }
        }

        using var users = Insert("auth_user", "id", "email", "username", "first_name", "last_name", "password", "date_joined",
            "last_login", "is_active", "is_staff", "is_superuser");
        for (var i = 0; i < n; i++)
        {
            var superuser = i < 3;
            var active = !banned[i] && rng.NextDouble() >= 0.03;
            users.Row(i + 1, userEmail[i], userEmail[i], "", "", "!", Time(userJoined[i]), lastLogin[i] == 0 ? null : Time(lastLogin[i]),
                active, superuser || i % 1000 == 1, superuser);
        }
    }

    private static readonly (string Name, string Icon, string[] Attributes)[] TypeCatalogue =
    [
        ("Book", "book", ["Author", "ISBN", "Publisher", "Year", "Condition"]),
        ("Vinyl Record", "album", ["Artist", "Label", "Catalog number", "Year", "Speed", "Condition"]),
        ("LEGO Set", "toys", ["Set number", "Theme", "Pieces", "Year", "Sealed"]),
        ("Comic", "menu_book", ["Series", "Issue", "Publisher", "Grade"]),
        ("Board Game", "casino", ["Publisher", "Players", "Play time", "Expansions"]),
        ("Video Game", "sports_esports", ["Platform", "Region", "Complete in box"]),
        ("Watch", "watch", ["Brand", "Model", "Reference", "Movement", "Purchase price"]),
        ("Camera", "photo_camera", ["Brand", "Model", "Mount", "Shutter count"]),
        ("Stamp", "local_post_office", ["Country", "Year", "Catalogue number"]),
        ("Coin", "paid", ["Country", "Year", "Denomination", "Grade"]),
        ("Trading Card", "style", ["Game", "Set", "Rarity", "Grade"]),
        ("Sneaker", "steps", ["Brand", "Model", "Size", "Colourway"]),
        ("Wine", "wine_bar", ["Winery", "Vintage", "Region", "Grape"]),
        ("Whisky", "liquor", ["Distillery", "Age", "Cask"]),
        ("Plant", "potted_plant", ["Species", "Acquired"]),
        ("Film", "movie", ["Director", "Format", "Year"]),
        ("CD", "album", ["Artist", "Label", "Year"]),
        ("Cassette", "radio", ["Artist", "Year"]),
        ("Poster", "image", ["Artist", "Size", "Framed"]),
        ("Model Car", "directions_car", ["Maker", "Scale", "Year"]),
        ("Figure", "person", ["Series", "Maker", "Scale"]),
        ("Instrument", "music_note", ["Maker", "Model", "Year"]),
        ("Tool", "build", ["Brand", "Model"]),
        ("Art Print", "palette", ["Artist", "Edition", "Signed"]),
    ];

    private static readonly (string Name, string Pattern, string Domain)[] PatternCatalogue =
    [
        ("Amazon", "*amazon.*/*", "www.amazon.de"),
        ("eBay", "*ebay.*/*", "www.ebay.com"),
        ("Discogs", "*discogs.com/*", "www.discogs.com"),
        ("BrickLink", "*bricklink.com/*", "www.bricklink.com"),
        ("Goodreads", "*goodreads.com/*", "www.goodreads.com"),
        ("Ricardo", "*ricardo.ch/*", "www.ricardo.ch"),
        ("Etsy", "*etsy.com/*", "www.etsy.com"),
        ("AbeBooks", "*abebooks.*/*", "www.abebooks.de"),
        ("Bandcamp", "*bandcamp.com/*", "artist.bandcamp.com"),
        ("LEGO", "*lego.com/*", "www.lego.com"),
        ("Galaxus", "*galaxus.ch/*", "www.galaxus.ch"),
        ("Chrono24", "*chrono24.*/*", "www.chrono24.ch"),
        ("Old shop", "*oldshop.example/*", "oldshop.example"),
        ("Retired market", "*retired-market.example/*", "retired-market.example"),
    ];

    private void Catalogue()
    {
        using (var typeRows = InsertContent("web_itemtype", "id", "display_name", "icon"))
        using (var attributeRows = InsertContent("web_itemattribute", "id", "item_type_id", "display_name", "attribute_type", "required",
                   "skip_validation", "order"))
        {
            string[] attributeTypes = ["TEXT", "LONG_TEXT", "NUMBER", "DATE", "URL", "BOOLEAN", "CHOICE"];
            for (var t = 0; t < TypeCatalogue.Length; t++)
            {
                var (name, icon, attributeNames) = TypeCatalogue[t];
                // Most types exist from the start; a few arrive later, one on the collected day, one after it.
                var created = t switch
                {
                    < 18 => Start.AddDays(t).Ticks,
                    21 => new DateTime(2026, 5, 31, 10, 0, 0, DateTimeKind.Utc).Ticks,
                    22 => new DateTime(2026, 5, 31, 23, 30, 0, DateTimeKind.Utc).Ticks,
                    _ => Start.AddDays(200 + 30 * (t - 18)).Ticks,
                };
                // One type was deleted a while ago (its items keep it), one after the collected day.
                long? deleted = t switch
                {
                    17 => new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc).Ticks,
                    19 => new DateTime(2026, 5, 31, 23, 0, 0, DateTimeKind.Utc).Ticks,
                    _ => null,
                };
                var type = new TypeRow(t + 1, name, created, deleted);
                types.Add(type);
                typeRows.Row([t + 1, name, icon, .. Content("type", t + 1, name, created, deleted, 1)]);

                foreach (var attributeName in attributeNames)
                {
                    var id = attributes.Count + 1;
                    var attributeCreated = created + TimeSpan.FromHours(rng.Next(1, 72)).Ticks;
                    long? attributeDeleted = id switch
                    {
                        5 => new DateTime(2025, 11, 2, 14, 0, 0, DateTimeKind.Utc).Ticks,
                        12 => new DateTime(2026, 5, 31, 23, 15, 0, DateTimeKind.Utc).Ticks,
                        _ => null,
                    };
                    attributes.Add(new AttributeRow(id, type.Id, attributeCreated));
                    attributeRows.Row([id, type.Id, attributeName, attributeTypes[id % attributeTypes.Length], false, false, id,
                        .. Content("attr", id, attributeName, attributeCreated, attributeDeleted, 1)]);
                }
            }
        }

        using var patternRows = InsertContent("web_linkpattern", "id", "display_name", "url_pattern", "is_active");
        for (var p = 0; p < PatternCatalogue.Length; p++)
        {
            var (name, pattern, domain) = PatternCatalogue[p];
            var created = Start.AddDays(p * 3).Ticks;
            var oldShop = name == "Old shop";
            var retired = name == "Retired market";
            long? activeUntil = oldShop ? new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc).Ticks : null;
            long? deleted = retired ? new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc).Ticks : null;
            patterns.Add(new PatternRow(p + 1, name, domain, created, deleted, activeUntil ?? deleted));
            patternRows.Row([p + 1, name, pattern, !oldShop, .. Content("pattern", p + 1, name, created, deleted, 1)]);
        }
    }

    private void Collections()
    {
        var n = spec.Collections;
        collectionCreated = GrowingTimes(n);
        collectionOwner = new int[n];
        var visibilities = new[] { (BerylChoices.Private, 0.55), (BerylChoices.Unlisted, 0.15), (BerylChoices.Public, 0.30) };
        using var rows = InsertContent("web_collection", "id", "visibility", "group_by", "sort_by");
        for (var i = 0; i < n; i++)
        {
            var created = collectionCreated[i];
            collectionOwner[i] = UserJoinedBefore(created);
            var deleted = MaybeDeleted(created, 0.03);
            rows.Row([i + 1, Pick(visibilities), "none", "name",
                .. Content("coll", i + 1, $"Collection {i + 1}", created, deleted, collectionOwner[i])]);
        }
    }

    private void Items()
    {
        var n = spec.Items;
        itemCreated = GrowingTimes(n);
        itemType = new int[n];
        itemOwner = new int[n];
        var statuses = new[]
        {
            (BerylChoices.InCollection, 0.64), (BerylChoices.Wanted, 0.16), (BerylChoices.Reserved, 0.03), (BerylChoices.Ordered, 0.04),
            (BerylChoices.LentOut, 0.04), (BerylChoices.PreviouslyOwned, 0.09),
        };
        using var rows = InsertContent("web_collectionitem", "id", "collection_id", "item_type_id", "status", "is_favorite", "your_id");
        for (var i = 0; i < n; i++)
        {
            var created = itemCreated[i];
            var before = UpperBound(collectionCreated, created);
            var collection = before == 0 ? 0 : rng.Next(before);
            if (created < collectionCreated[collection])
                itemCreated[i] = created = collectionCreated[collection] + TimeSpan.TicksPerMinute;

            // 8 % untyped; the others mostly of the first types (a long tail), only of types that existed then.
            if (rng.NextDouble() >= 0.08)
            {
                var t = Math.Min(types.Count - 1, (int)(types.Count * Math.Pow(rng.NextDouble(), 2.2)));
                if (types[t].Created > created || types[t].Deleted is long gone && gone <= created)
                    t = 0;
                itemType[i] = types[t].Id;
            }
            itemOwner[i] = collectionOwner[collection];
            rows.Row([i + 1, collection + 1, itemType[i] == 0 ? null : itemType[i], Pick(statuses),
                rng.NextDouble() < 0.07, "", .. Content("item", i + 1, $"Item {i + 1}", created, MaybeDeleted(created, 0.04), itemOwner[i])]);
        }
    }

    private void AttributeValues()
    {
        var attributesOfType = attributes.GroupBy(a => a.TypeId).ToDictionary(g => g.Key, g => g.ToArray());
        // About 65 % of typed items have attribute values, three or four each.
        var withValues = new List<int>();
        for (var i = 0; i < itemType.Length; i++)
            if (itemType[i] != 0 && attributesOfType.ContainsKey(itemType[i]) && Mix(i) % 100 < 65)
                withValues.Add(i);
        if (withValues.Count == 0)
            return;

        using var rows = InsertContent("web_collectionitemattributevalue", "id", "item_id", "item_attribute_id", "value");
        for (var v = 0; v < spec.AttributeValues; v++)
        {
            // Values arrive in item order (so ids follow time), a few per item.
            var item = withValues[(int)Math.Min(withValues.Count - 1, (v + rng.NextDouble()) / spec.AttributeValues * withValues.Count)];
            var candidates = attributesOfType[itemType[item]];
            var attribute = candidates[rng.Next(candidates.Length)];
            var created = Math.Min(End.Ticks - 1, Math.Max(itemCreated[item], attribute.Created) + (long)(rng.NextDouble() * TimeSpan.TicksPerDay * 3));
            var value = $"value {rng.Next(10_000)}";
            rows.Row([v + 1, item + 1, attribute.Id, value, .. Content("value", v + 1, value, created, MaybeDeleted(created, 0.02), itemOwner[item])]);
        }
    }

    private void Links()
    {
        var linked = new List<int>();
        for (var i = 0; i < itemCreated.Length; i++)
            if (Mix(i + 7) % 100 < 35)
                linked.Add(i);
        if (linked.Count == 0)
            return;

        using var rows = InsertContent("web_collectionitemlink", "id", "item_id", "url", "link_pattern_id", "order");
        for (var k = 0; k < spec.Links; k++)
        {
            var item = linked[(int)Math.Min(linked.Count - 1, (k + rng.NextDouble()) / spec.Links * linked.Count)];
            var created = Math.Min(End.Ticks - 1, itemCreated[item] + (long)(rng.NextDouble() * TimeSpan.TicksPerDay * 10));
            string url;
            int? patternId = null;
            if (rng.NextDouble() < 0.25)
            {
                url = $"https://shop{rng.Next(500)}.example.org/p/{k}";
            }
            else
            {
                var pattern = patterns[Math.Min(patterns.Count - 1, (int)(patterns.Count * Math.Pow(rng.NextDouble(), 1.5)))];
                url = $"https://{pattern.Domain}/item/{k}";
                // The first active pattern that matched when the link was saved.
                if (pattern.Created <= created && (pattern.ActiveUntil is not long until || created < until))
                    patternId = pattern.Id;
            }
            rows.Row([k + 1, item + 1, url, patternId, 0,
                .. Content("link", k + 1, url, created, MaybeDeleted(created, 0.03), itemOwner[item])]);
        }
    }

    private void Media()
    {
        var n = spec.MediaFiles;
        var contentTypes = new[] { ("image/jpeg", 0.55), ("image/png", 0.25), ("image/webp", 0.12), ("image/gif", 0.03), ((string?)null, 0.05) };
        var backends = new[] { ("LOCAL", 0.2), ("GCS", 0.5), ("S3", 0.3) };
        var moderation = new[]
        {
            (BerylChoices.Approved, 0.90), (BerylChoices.Pending, 0.06), (BerylChoices.Flagged, 0.03), (BerylChoices.Rejected, 0.01),
        };

        // 80 % item photos (about 12 % of items have 1 to 3), 8 % collection headers, 7 % avatars, 5 % other.
        var itemPhotos = (int)(n * 0.80);
        var headers = (int)(n * 0.08);
        var avatars = (int)(n * 0.07);
        var imagedItems = new List<int>();
        for (var i = 0; i < itemCreated.Length; i++)
            if (Mix(i + 13) % 100 < 12)
                imagedItems.Add(i);
        var headedCollections = new List<int>();
        for (var c = 0; c < collectionCreated.Length; c++)
            if (Mix(c + 29) % 100 < 60)
                headedCollections.Add(c);
        var itemImageCount = new byte[itemCreated.Length];
        var collectionImageCount = new byte[collectionCreated.Length];

        using var media = InsertContent("web_mediafile", "id", "file_path", "original_filename", "file_size", "content_type", "media_type",
            "storage_backend", "file_exists", "last_verified", "content_moderation_status", "metadata", "content_moderation_details");
        using var itemImages = InsertContent("web_collectionitemimage", "id", "item_id", "media_file_id", "is_default", "order");
        using var collectionImages = InsertContent("web_collectionimage", "id", "collection_id", "media_file_id", "is_default", "order");

        for (var k = 0; k < n; k++)
        {
            var id = k + 1;
            string type;
            long created;
            int owner;
            Action<long>? image = null;
            if (k < itemPhotos && imagedItems.Count > 0)
            {
                type = BerylChoices.CollectionItemMedia;
                var slot = (int)Math.Min(imagedItems.Count - 1, (k + rng.NextDouble()) / itemPhotos * imagedItems.Count);
                while (slot < imagedItems.Count - 1 && itemImageCount[imagedItems[slot]] >= 3)
                    slot++;
                var item = imagedItems[slot];
                created = Math.Min(End.Ticks - 1, itemCreated[item] + (long)(rng.NextDouble() * TimeSpan.TicksPerDay * 5));
                owner = itemOwner[item];
                if (itemImageCount[item] < 3 && rng.NextDouble() >= 0.03)
                {
                    var order = itemImageCount[item]++;
                    image = at => itemImages.Row([itemImages.Rows + 1, item + 1, id, order == 0, (int)order,
                        .. Content("image", itemImages.Rows + 1, $"Image {id}", at, MaybeDeleted(at, 0.02), owner)]);
                }
            }
            else if (k < itemPhotos + headers && headedCollections.Count > 0)
            {
                type = BerylChoices.CollectionHeader;
                var slot = (int)Math.Min(headedCollections.Count - 1, (double)(k - itemPhotos) / headers * headedCollections.Count);
                while (slot < headedCollections.Count - 1 && collectionImageCount[headedCollections[slot]] >= 3)
                    slot++;
                var collection = headedCollections[slot];
                created = Math.Min(End.Ticks - 1, collectionCreated[collection] + (long)(rng.NextDouble() * TimeSpan.TicksPerDay * 5));
                owner = collectionOwner[collection];
                if (collectionImageCount[collection] < 3 && rng.NextDouble() >= 0.03)
                {
                    var order = collectionImageCount[collection]++;
                    image = at => collectionImages.Row([collectionImages.Rows + 1, collection + 1, id, order == 0, (int)order,
                        .. Content("header", collectionImages.Rows + 1, $"Header {id}", at, MaybeDeleted(at, 0.02), owner)]);
                }
            }
            else if (k < itemPhotos + headers + avatars)
            {
                type = BerylChoices.Avatar;
                var user = rng.Next(userJoined.Length);
                created = Math.Min(End.Ticks - 1, userJoined[user] + (long)(rng.NextDouble() * TimeSpan.TicksPerDay * 30));
                owner = user + 1;
            }
            else
            {
                type = BerylChoices.OtherMedia;
                created = Between(Start.Ticks, End.Ticks);
                owner = UserJoinedBefore(created);
            }

            var contentType = Pick(contentTypes);
            var extension = contentType is null ? "bin" : contentType[(contentType.IndexOf('/') + 1)..];
            long? size = rng.NextDouble() < 0.01 ? null : (long)Math.Exp(Math.Log(5_000) + rng.NextDouble() * (Math.Log(8_000_000) - Math.Log(5_000)));
            var path = $"media/{Hash(id)}.{extension}";
            media.Row([id, path, $"IMG_{id}.{extension}", size, contentType, type, Pick(backends),
                rng.NextDouble() >= 0.005, Time(rng.NextDouble() < 0.5 ? Between(created, End.Ticks) : created),
                Pick(moderation), "{}", "{}",
                .. Content("media", id, $"IMG_{id}.{extension}", created, MaybeDeleted(created, 0.02), owner)]);
            image?.Invoke(created);
        }
    }

    /// <summary>django-post_office's queue: 0 sent, 1 failed, 2 queued, 3 requeued, NULL not dispatched yet.</summary>
    private void Emails()
    {
        var created = GrowingTimes(spec.Emails);
        var kinds = new[] { ("welcome", 0.3), ("reservation", 0.25), ("marketing", 0.35), ("password_reset", 0.1) };
        (short? Status, double Weight)[] statuses = [(0, 0.88), (1, 0.08), (2, 0.02), (3, 0.01), (null, 0.01)];
        using var rows = Insert("post_office_email", "id", "from_email", "to", "cc", "bcc", "subject", "message", "html_message",
            "status", "priority", "created", "last_updated", "backend_alias", "number_of_retries");
        for (var k = 0; k < created.Length; k++)
        {
            var status = Pick(statuses);
            var kind = Pick(kinds);
            rows.Row(k + 1, "Beryl <noreply@beryl.example>", userEmail[UserJoinedBefore(created[k]) - 1], "", "", kind, kind, "",
                status, status is null ? 3 : 1, Time(created[k]),
                Time(created[k] + (status == 0 ? TimeSpan.TicksPerSecond * rng.Next(1, 120) : 0)), "", status == 1 ? 3 : 0);
        }
    }

    // ---- helpers ----

    /// <summary>
    /// Beryl's base columns: created, is_deleted, hash, name, updated, created_by_id. Beryl keeps no deletion time:
    /// a row the dataset deletes at some moment is simply deleted.
    /// </summary>
    private static object?[] Content(string kind, int id, string name, long created, long? deleted, int createdById) =>
        [Time(created), deleted is not null, kind[0] + Hash(id), name, Time(created), createdById];

    /// <summary>n creation times in increasing order at a linearly growing rate over the two years.</summary>
    private long[] GrowingTimes(int n)
    {
        var times = new long[n];
        var span = (double)(End.Ticks - Start.Ticks);
        for (var i = 0; i < n; i++)
            times[i] = Start.Ticks + (long)(span * Math.Sqrt((i + rng.NextDouble()) / n));
        return times;
    }

    private long Between(long from, long to) => from + (long)((to - from) * rng.NextDouble());

    private long? MaybeDeleted(long created, double rate) => rng.NextDouble() < rate ? Between(created, End.Ticks) : null;

    /// <summary>The id of a random user who had joined by <paramref name="ticks"/> (the first user otherwise).</summary>
    private int UserJoinedBefore(long ticks)
    {
        var count = UpperBound(userJoined, ticks);
        return count == 0 ? 1 : rng.Next(count) + 1;
    }

    /// <summary>How many of the sorted <paramref name="sorted"/> are at or before <paramref name="value"/>.</summary>
    private static int UpperBound(long[] sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private T Pick<T>((T Value, double Weight)[] choices)
    {
        var r = rng.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            if (r < weight)
                return value;
            r -= weight;
        }
        return choices[^1].Value;
    }

    /// <summary>A fixed scramble of a number: which items have values, links, photos, independent of the random stream.</summary>
    private static uint Mix(int i) => (uint)i * 2654435761u >> 7;

    /// <summary>A short public hash, unique per table (a bijection of the id).</summary>
    private static string Hash(int id) => ((uint)id * 2654435761u).ToString("x8");

    private static string? Time(long? ticks) => ticks is long t ? SqlTime.Django(new DateTime(t, DateTimeKind.Utc)) : null;
}
