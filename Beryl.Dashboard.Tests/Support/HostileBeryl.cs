using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// A small Beryl whose user-chosen names try to break the Prometheus text, the page's HTML and the CSV (as a
/// spreadsheet formula): every item type, attribute, link pattern and content type below is hostile, and each
/// has exactly one item, link or file.
/// </summary>
public static class HostileBeryl
{
    public static readonly string VeryLong = string.Concat(Enumerable.Repeat("Très long \"nom\" \\ ", 400));

    public const string Script = "<script>alert(1)</script>";

    /// <summary>A spreadsheet would run this as a formula if a CSV cell started with it.</summary>
    public const string Hyperlink = "=HYPERLINK(\"https://evil.example/\",\"Click me\")";

    public static readonly IReadOnlyList<string> Names =
    [
        "Quote \"double\" and 'single'",
        @"Back\slash \\ and trailing\",
        "Line\nbreak, CR\r\nand\ttab",
        "<script>alert(\"x\")</script>",
        "Emoji 📚🎵 Ünïcödé 中文 العربية",
        "} 1\nberyl_injected 666\n# TYPE x counter",
        "label=\"x\",other=\"y\"",
        VeryLong,
        Script,
        Hyperlink,
        "+SUM(1,2)",
        "-2+3",
        "@SUM(A1:A2)",
    ];

    /// <summary>
    /// Markup that runs script if a name is ever written into a page as HTML; each payload counts its runs in
    /// <c>window.__xss</c>, which the browser tests read.
    /// </summary>
    public static readonly IReadOnlyList<string> ScriptPayloads =
    [
        "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">",
        "\"><svg onload=\"window.__xss=(window.__xss||0)+1\">",
        "</script><script>window.__xss=(window.__xss||0)+1</script>",
    ];

    /// <summary>Adds one user, one collection, and per hostile name a type with one item, an attribute value, a pattern with one link and a file.</summary>
    public static Task AddAsync(BerylDbContext db, DateTime now) => AddNamedAsync(db, now, Names);

    /// <summary>The same with <paramref name="names"/> as every item type, attribute, link pattern and content type.</summary>
    public static async Task AddNamedAsync(BerylDbContext db, DateTime now, IReadOnlyList<string> names)
    {
        var created = now.AddDays(-2);
        var user = new User { Email = "owner@example.org", DateJoined = created.AddDays(-1), IsActive = true };
        db.Users.Add(user);
        var collection = new Collection { Hash = "col1", Name = "Shelf", Created = created, Updated = created, CreatedBy = user, Visibility = BerylChoices.Public };
        db.Collections.Add(collection);

        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var type = new ItemType { Hash = $"type{i}", Name = name, DisplayName = name, Created = created, Updated = created };
            var attribute = new ItemAttribute { Hash = $"attr{i}", Name = name, DisplayName = name, ItemType = type, Created = created, Updated = created };
            var item = new CollectionItem { Hash = $"item{i}", Name = $"Item {i}", Collection = collection, ItemType = type, Created = created, Updated = created };
            var pattern = new LinkPattern { Hash = $"pat{i}", Name = name, DisplayName = name, UrlPattern = $"*example{i}.org/*", Created = created, Updated = created };
            db.AddRange(type, attribute, item, pattern,
                new CollectionItemAttributeValue { Item = item, ItemAttribute = attribute, Value = name, Created = created },
                new CollectionItemLink { Hash = $"link{i}", Name = $"Link {i}", Item = item, Url = $"https://example{i}.org/x", LinkPattern = pattern, Created = created, Updated = created },
                new MediaFile { Hash = $"file{i}", Name = $"File {i}", FilePath = $"media/{i}", OriginalFilename = $"{i}.bin", FileSize = 1000 + i, ContentType = name, Created = created, Updated = created });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Adds one more untyped item to the collection, so the next snapshot differs.</summary>
    public static async Task AddItemAsync(BerylDbContext db, DateTime now)
    {
        var collection = db.Collections.Single(c => c.Hash == "col1");
        db.CollectionItems.Add(new CollectionItem { Hash = $"extra{now.Ticks}", Name = "Extra", Collection = collection, Created = now.AddMinutes(-1), Updated = now });
        await db.SaveChangesAsync();
    }
}
