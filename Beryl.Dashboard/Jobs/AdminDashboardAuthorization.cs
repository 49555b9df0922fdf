using Beryl.Dashboard.Auth;
using Hangfire.Dashboard;

namespace Beryl.Dashboard.Jobs;

/// <summary>
/// Replaces Hangfire's local-requests-only default: the dashboard is for signed-in admins (the endpoint
/// also requires the admin policy, so anonymous visitors are sent to sign in and others get 403).
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(AdminAccess.Role);
}
