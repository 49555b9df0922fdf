namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_mediafile</c>. Removing an image soft-deletes the file and sets <see cref="FileExists"/> false.</summary>
public class MediaFile : BerylContent
{
    public string FilePath { get; set; } = "";
    public string OriginalFilename { get; set; } = "";
    public long? FileSize { get; set; }
    /// <summary>As the browser sent it (or the remote server, for an imported image): NULL, empty or anything.</summary>
    public string? ContentType { get; set; }
    public string MediaType { get; set; } = BerylChoices.OtherMedia;
    public string StorageBackend { get; set; } = "LOCAL";
    public bool FileExists { get; set; } = true;
    public DateTime LastVerified { get; set; }
    public string Metadata { get; set; } = "{}";
    public string ContentModerationDetails { get; set; } = "{}";
    public string ContentModerationStatus { get; set; } = BerylChoices.Pending;
}

/// <summary><c>web_collectionimage</c>: a collection's picture, a row per image.</summary>
public class CollectionImage : BerylContent
{
    public long CollectionId { get; set; }
    public Collection? Collection { get; set; }
    public long MediaFileId { get; set; }
    public MediaFile? MediaFile { get; set; }
    public bool IsDefault { get; set; }
    public int Order { get; set; }
}

/// <summary><c>web_collectionitemimage</c>: an item's picture, a row per image.</summary>
public class CollectionItemImage : BerylContent
{
    public long ItemId { get; set; }
    public CollectionItem? Item { get; set; }
    public long MediaFileId { get; set; }
    public MediaFile? MediaFile { get; set; }
    public bool IsDefault { get; set; }
    public int Order { get; set; }
}
