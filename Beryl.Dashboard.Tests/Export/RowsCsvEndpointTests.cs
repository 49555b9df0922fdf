using System.Globalization;
using System.Net;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>/sys/metrics/rows.csv: the rows behind a count, for signed-in admins, with the admin link of each.</summary>
[Collection(AppCollection.Name)]
public sealed class RowsCsvEndpointTests(DashboardWithBerylAdmin app) : IClassFixture<DashboardWithBerylAdmin>
{
    private static PostOfficeEmail Mail(short status, string subject, DateTime created) => new()
    {
        FromEmail = "Beryl <noreply@beryl.example>", To = "ops@example.org", Subject = subject, Message = subject,
        Status = status, Priority = 1, Created = created, LastUpdated = created,
    };

    [Fact]
    public async Task The_failed_emails_of_the_last_24_hours_are_listed_newest_first_with_their_last_error_and_admin_links()
    {
        var (older, newer, sent, lastWeek) = (Mail(BerylChoices.EmailFailed, "=HYPERLINK(\"x\")", app.Now.AddHours(-5)),
            Mail(BerylChoices.EmailFailed, "Welcome", app.Now.AddHours(-1)), Mail(BerylChoices.EmailSent, "Sent", app.Now.AddHours(-2)),
            Mail(BerylChoices.EmailFailed, "Old", app.Now.AddDays(-3)));
        await app.AddAsync(async (db, _) =>
        {
            db.Emails.AddRange(older, newer, sent, lastWeek);
            db.EmailLogs.Add(new PostOfficeLog
            {
                Email = newer, Status = BerylChoices.EmailFailed, Date = app.Now.AddHours(-1), ExceptionType = "SMTPRecipientsRefused",
                Message = "550 No such user",
            });
            await db.SaveChangesAsync();
        });

        using var response = await app.Admin.GetAsync($"/sys/metrics/rows.csv?key=emails_failed_24h&date={IsoDay.Text(app.Today)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"beryl-rows-emails_failed_24h-{IsoDay.Text(app.Today)}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        string Created(PostOfficeEmail mail) => mail.Created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Assert.Equal(
            "id,name,owner,created,status,size_bytes,last_sign_in,last_error,admin_url\r\n" +
            $"{newer.Id},Welcome,ops@example.org,{Created(newer)},failed,,,SMTPRecipientsRefused: 550 No such user,https://beryl.example.org/admin/post_office/email/{newer.Id}/change/\r\n" +
            // A subject a spreadsheet would run is written as text.
            $"{older.Id},\"'=HYPERLINK(\"\"x\"\")\",ops@example.org,{Created(older)},failed,,,,https://beryl.example.org/admin/post_office/email/{older.Id}/change/\r\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_state_of_a_past_day_gets_400_with_the_reason()
    {
        var lastWeek = IsoDay.Text(app.Today.AddDays(-7));

        using var response = await app.Admin.GetAsync($"/sys/metrics/rows.csv?key=items_total&date={lastWeek}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"Total items is a state Beryl keeps no history of: its rows can be listed as they are now, for today, not for {lastWeek}.\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_signing_in_there_are_no_rows()
    {
        using var anonymous = app.Factory.CreateSignInClient();

        using var response = await anonymous.GetAsync("/sys/metrics/rows.csv?key=users_total");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("id,name", await response.Content.ReadAsStringAsync());
    }
}
