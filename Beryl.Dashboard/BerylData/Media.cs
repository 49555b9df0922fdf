namespace Beryl.Dashboard.BerylData;

public enum MediaType { CollectionHeader, CollectionItem, Avatar, Other }

public enum StorageBackend { Local, Gcs, S3 }

public enum ModerationStatus { Pending, Approved, Flagged, Rejected }

public class MediaFile : BerylContent
{
    public string FilePath { get; set; } = "";
    public string OriginalFilename { get; set; } = "";
    public long? FileSize { get; set; }
    public string? ContentType { get; set; }
    public MediaType MediaType { get; set; } = MediaType.Other;
    public StorageBackend StorageBackend { get; set; } = StorageBackend.Local;
    public bool FileExists { get; set; } = true;
    public DateTime? LastVerified { get; set; }
    public ModerationStatus ContentModerationStatus { get; set; } = ModerationStatus.Pending;
}

/// <summary>At most three images per collection.</summary>
public class CollectionImage : BerylRecord
{
    public int CollectionId { get; set; }
    public Collection? Collection { get; set; }
    public int MediaFileId { get; set; }
    public MediaFile? MediaFile { get; set; }
    public bool IsDefault { get; set; }
    public int Order { get; set; }
}

/// <summary>At most three images per item.</summary>
public class CollectionItemImage : BerylRecord
{
    public int ItemId { get; set; }
    public CollectionItem? Item { get; set; }
    public int MediaFileId { get; set; }
    public MediaFile? MediaFile { get; set; }
    public bool IsDefault { get; set; }
    public int Order { get; set; }
}
