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
