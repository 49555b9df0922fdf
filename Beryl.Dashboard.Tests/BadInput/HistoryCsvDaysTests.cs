using System.Net;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>/sys/metrics/history.csv?days=: anything but a whole number from 1 to 3650 gets 400 and one plain line.</summary>
[Collection(AppCollection.Name)]
public sealed class HistoryCsvDaysTests(AdminDashboard app) : IClassFixture<AdminDashboard>
{
    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("99999")]
    [InlineData("3651")]
    [InlineData("99999999999")] // past int.MaxValue
    [InlineData("1.5")]
    [InlineData(" 7")]
    public async Task A_bad_number_of_days_gets_400_with_one_clear_line(string days)
    {
        using var response = await app.Admin.GetAsync("/sys/metrics/history.csv?days=" + Uri.EscapeDataString(days));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"days must be a whole number from 1 to 3650, got '{days}'.\n", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("?days=1")]
    [InlineData("?days=3650")]
    [InlineData("?days=")] // empty: the default, 365
    [InlineData("")]
    public async Task A_good_number_of_days_or_none_gets_the_csv(string query)
    {
        using var response = await app.Admin.GetAsync("/sys/metrics/history.csv" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("day,category,metric,label,value,unit,collected_at,source,note,note_by\r\n", await response.Content.ReadAsStringAsync());
    }
}
