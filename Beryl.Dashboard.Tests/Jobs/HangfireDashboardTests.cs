using System.Net;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Jobs;

/// <summary>/hangfire is for signed-in admins, through the app's sign-in, and keeps its connection string to itself.</summary>
[Collection(AppCollection.Name)]
public sealed class HangfireDashboardTests : AdminAndMemberApp
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var response = await Client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fhangfire", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_signed_in_non_admin_gets_403()
    {
        await SignIn.SignInAsync(Client, "member@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_the_recurring_collection_and_no_connection_string()
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync("/hangfire/recurring");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("collect-daily-metrics", html);
        Assert.Contains("Trigger now", html);
        Assert.DoesNotContain("hangfire.db", html);
        Assert.DoesNotContain(App.Folder.Path, html);
    }

    [Fact]
    public async Task Its_pages_are_in_english_with_iso_dates_whatever_the_servers_locale()
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);

        var html = await Client.GetStringAsync("/hangfire/recurring");

        Assert.Contains("<html lang=\"en\"", html);
        Assert.DoesNotMatch(@"\b\d{2}/\d{2}/\d{4}\b", html);
    }

    [Theory]
    [InlineData("/hangfire/stats")]
    [InlineData("/hangfire/recurring/trigger")]
    [InlineData("/hangfire/jobs/enqueued/delete")]
    [InlineData("/hangfire/jobs/failed/requeue")]
    public async Task A_command_asked_for_with_GET_gets_405_and_does_nothing(string path)
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Contains("its buttons send it with POST", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/hangfire/jobs/details/abc")]
    [InlineData("/hangfire/jobs/details/-1")]
    [InlineData("/hangfire/jobs/details/1%27")]
    public async Task A_job_page_whose_id_is_not_a_number_is_404(string path)
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such job", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_job_page_with_a_number_that_is_no_job_is_hangfires_own_page()
    {
        await SignIn.SignInAsync(Client, "root@beryl.test", TestUsers.Password);

        using var response = await Client.GetAsync("/hangfire/jobs/details/987654");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
