namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// The app in memory with a sign-in client (no redirects followed) and two Beryl users: root@beryl.test, an
/// admin, and member@beryl.test, who is not. The stage of the access tests.
/// </summary>
public abstract class AdminAndMemberApp : IAsyncLifetime
{
    protected DashboardAppFactory App { get; } = new();
    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = App.CreateSignInClient();
        await TestUsers.AddAsync(App.Services, "root@beryl.test");
        await TestUsers.AddAsync(App.Services, "member@beryl.test", superuser: false);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
