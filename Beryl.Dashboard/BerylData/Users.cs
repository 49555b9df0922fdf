namespace Beryl.Dashboard.BerylData;

public class User
{
    public int Id { get; set; }
    public string Email { get; set; } = "";
    /// <summary>Django's password field: <c>pbkdf2_sha256$iterations$salt$hash</c>, or unusable.</summary>
    public string Password { get; set; } = "!";
    public DateTime DateJoined { get; set; }
    public DateTime? LastLogin { get; set; }
    public bool IsActive { get; set; } = true;
    public bool IsStaff { get; set; }
    public bool IsSuperuser { get; set; }
    public UserProfile? Profile { get; set; }
}

/// <summary>One row per sign-in, so "active users" stays exact for past dates.</summary>
public class UserLogin
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }
    public DateTime At { get; set; }
}

public class UserProfile
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }
    public bool ReceiveMarketingEmails { get; set; }
    public DateTime? MarketingSubscribedAt { get; set; }
    public DateTime? MarketingUnsubscribedAt { get; set; }
    public int ContentModerationViolations { get; set; }
    public DateTime? LastViolationAt { get; set; }
    /// <summary>A ban also sets <see cref="User.IsActive"/> to false.</summary>
    public bool IsContentBanned { get; set; }
    public DateTime? ContentBannedAt { get; set; }
}
