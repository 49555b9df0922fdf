namespace Beryl.Dashboard.BerylData;

/// <summary>
/// The values Beryl stores in its choice columns. A newer Beryl may store others: the dashboard counts those
/// under their own label, never drops them, so nothing here is an enum.
/// </summary>
public static class BerylChoices
{
    public const string Private = "PRIVATE", Unlisted = "UNLISTED", Public = "PUBLIC";
    public static readonly IReadOnlyList<string> Visibilities = [Private, Unlisted, Public];

    public const string InCollection = "IN_COLLECTION", Wanted = "WANTED", Reserved = "RESERVED", Ordered = "ORDERED",
        LentOut = "LENT_OUT", PreviouslyOwned = "PREVIOUSLY_OWNED";
    public static readonly IReadOnlyList<string> ItemStatuses = [InCollection, Wanted, Reserved, Ordered, LentOut, PreviouslyOwned];

    public const string OtherMedia = "OTHER", CollectionHeader = "COLLECTION_HEADER", CollectionItemMedia = "COLLECTION_ITEM", Avatar = "AVATAR";

    public const string Pending = "PENDING", Approved = "APPROVED", Flagged = "FLAGGED", Rejected = "REJECTED";

    /// <summary>post_office's status numbers; NULL (not dispatched yet), queued and requeued are all pending.</summary>
    public const short EmailSent = 0, EmailFailed = 1, EmailQueued = 2, EmailRequeued = 3;

    /// <summary>The pending statuses that are numbers (NULL is pending too).</summary>
    public static readonly short[] PendingEmailStatuses = [EmailQueued, EmailRequeued];
}
