namespace Beryl.Dashboard.Demo;

/// <summary>The fixed parts of the demo Beryl: item types with their attributes, link patterns, names.</summary>
internal static class DemoCatalog
{
    public static readonly (string Name, string Icon, (string Name, string Type)[] Attributes)[] ItemTypes =
    [
        ("Book", "book", [("Author", "TEXT"), ("ISBN", "TEXT"), ("Published", "DATE")]),
        ("Vinyl Record", "disc", [("Artist", "TEXT"), ("Label", "TEXT"), ("Year", "NUMBER")]),
        ("LEGO Set", "blocks", [("Set number", "TEXT"), ("Pieces", "NUMBER"), ("Sealed", "BOOLEAN")]),
        ("Board Game", "dice", [("Publisher", "TEXT"), ("Players", "CHOICE")]),
        ("Comic", "book-open", [("Series", "TEXT"), ("Issue", "NUMBER"), ("Notes", "LONG_TEXT")]),
        ("Watch", "clock", [("Brand", "TEXT"), ("Reference", "TEXT"), ("Manual", "URL")]),
    ];

    public static readonly (string Name, string Pattern, bool Active)[] LinkPatterns =
    [
        ("Amazon", "*amazon.*/*", true),
        ("Discogs", "*discogs.com/*", true),
        ("BrickLink", "*bricklink.com/*", true),
        ("eBay", "*ebay.*/*", true),
        ("Goodreads", "*goodreads.com/*", true),
        ("Old Shop", "*oldshop.example/*", false),
    ];

    /// <summary>Link hosts, some matching a pattern and some not (a blog, a manufacturer's page).</summary>
    public static readonly string[] LinkHosts =
    [
        "https://www.amazon.de/dp/", "https://www.amazon.com/dp/", "https://www.discogs.com/release/",
        "https://www.bricklink.com/v2/catalog/", "https://www.ebay.ch/itm/", "https://www.goodreads.com/book/show/",
        "https://collectors-blog.example/post/", "https://www.lego.com/product/", "https://oldshop.example/item/",
    ];

    public static readonly string[] FirstNames =
        ["anna", "luca", "mia", "noah", "lea", "elias", "lina", "leon", "emma", "finn", "sofia", "jonas", "nina", "david", "laura", "marco"];

    public static readonly string[] CollectionWords =
        ["Shelf", "Favourites", "Wishlist", "Attic", "Treasures", "Archive", "Display", "Swap box"];

    public static readonly (string ContentType, string Extension, int MinKb, int MaxKb)[] Media =
    [
        ("image/jpeg", "jpg", 80, 4000), ("image/png", "png", 40, 2500), ("image/webp", "webp", 30, 900), ("image/heic", "heic", 900, 3500),
    ];

    public static readonly string[] EmailKinds = ["welcome", "reservation", "password_reset", "marketing"];
}
