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
