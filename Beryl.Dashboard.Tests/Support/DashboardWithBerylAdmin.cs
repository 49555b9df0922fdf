namespace Beryl.Dashboard.Tests.Support;

/// <summary>The app with Beryl's admin address set, so that listed rows link to it.</summary>
public sealed class DashboardWithBerylAdmin : AdminDashboard
{
    public DashboardWithBerylAdmin() => Factory.Settings["Beryl:AdminUrl"] = "https://beryl.example.org/admin/";
}
