namespace Beryl.Dashboard.BerylData;

/// <summary>Django's <c>auth_user</c>. Users are never soft-deleted; they may be deleted outright.</summary>
public class User
{
    public int Id { get; set; }
    /// <summary>Django's hash as stored: <c>pbkdf2_sha256$iterations$salt$hash</c>, or unusable (<c>!...</c>).</summary>
    public string Password { get; set; } = "!";
    /// <summary>The latest sign-in, the only one Beryl keeps; null when never.</summary>
    public DateTime? LastLogin { get; set; }
    public bool IsSuperuser { get; set; }
    /// <summary>Unique and required in Django's schema; a random one unless the writer (demo, tests) chooses it.</summary>
    public string Username { get; set; } = BerylHash.New();
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string Email { get; set; } = "";
    public bool IsStaff { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime DateJoined { get; set; }
    /// <summary>May be missing: Beryl creates the profile on the user's next save.</summary>
    public UserProfile? Profile { get; set; }
}

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
