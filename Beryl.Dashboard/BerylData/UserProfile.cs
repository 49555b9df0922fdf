namespace Beryl.Dashboard.BerylData;

/// <summary><c>web_userprofile</c>: consent and moderation, one row per user at most.</summary>
public class UserProfile
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }
    public string Hash { get; set; } = BerylHash.New();
    public bool ReceiveMarketingEmails { get; set; }
    public DateTime? MarketingEmailSubscribedAt { get; set; }
    public DateTime? MarketingEmailUnsubscribedAt { get; set; }
    public int ContentModerationViolations { get; set; }
    public DateTime? LastViolationAt { get; set; }
    public bool IsContentBanned { get; set; }
    public DateTime? ContentBannedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    // Not read by the dashboard; NOT NULL without a default in Django's schema, so the demo must write them.
    public bool UseNickname { get; set; }
    public bool ResendIsSubscribed { get; set; }
    public string ResendSyncStatus { get; set; } = "pending";
}
