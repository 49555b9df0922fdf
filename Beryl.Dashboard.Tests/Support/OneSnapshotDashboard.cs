namespace Beryl.Dashboard.Tests.Support;

/// <summary>The admin's dashboard with one snapshot stored: today's, collected before the tests.</summary>
public sealed class OneSnapshotDashboard : AdminDashboard
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CollectTodayAsync();
    }
}
