namespace Beryl.Dashboard.Auth;

/// <summary>
/// Who may use the dashboard: signed-in Beryl superusers. Signed-in admins carry <see cref="Role"/>;
/// endpoints require <see cref="Policy"/>.
/// </summary>
public static class AdminAccess
{
    public const string Role = "admin";
    public const string Policy = "admin";
}
