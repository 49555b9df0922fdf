using System.Net;
using System.Text.RegularExpressions;

namespace Beryl.Dashboard.Benchmark.Measure;

/// <summary>
/// A signed-in admin's cookies, taken from a real sign-in through the /login form, as a header wrk can send.
/// Cookies are read from <c>Set-Cookie</c> by hand: a <see cref="CookieContainer"/> would drop any cookie marked
/// <c>Secure</c> on this plain-http server, and wrk only needs the name=value pairs anyway.
/// </summary>
public static partial class AdminSession
{
    public const string LoginPath = "/login";
    public const string MetricsPagePath = "/sys/metrics";

    /// <summary>
    /// GET /login for its antiforgery cookie and hidden fields, POST them with the credentials (the redirect not
    /// followed), and return every cookie the two answers set, as the value of a <c>Cookie</c> header.
    /// </summary>
    public static async Task<string> SignInAsync(string url, BenchAdmin admin)
    {
        using var http = NewClient();
        var cookies = new Dictionary<string, string>();
        using var page = await http.GetAsync(url + LoginPath);
        AddCookies(cookies, page);
        var fields = HiddenFields(await page.Content.ReadAsStringAsync());
        fields["Email"] = admin.Email;
        fields["Password"] = admin.Password;

        using var post = new HttpRequestMessage(HttpMethod.Post, url + LoginPath) { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", CookieHeaderValue(cookies));
        using var answer = await http.SendAsync(post);
        // A successful sign-in redirects away from /login; a refused one renders the form again (200, or 429 when throttled).
        if (answer.StatusCode != HttpStatusCode.Redirect || answer.Headers.Location?.OriginalString.StartsWith(LoginPath, StringComparison.Ordinal) == true)
            throw new InvalidOperationException($"Signing in as {admin.Email} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        AddCookies(cookies, answer);
        return CookieHeaderValue(cookies);
    }

    /// <summary>
    /// Fails unless GET /sys/metrics with <paramref name="cookies"/> gets 200 and the page with its metrics table.
    /// Needed because wrk counts a 302 to /login as a success. Returns the page's size.
    /// </summary>
    public static async Task<int> CheckAsync(string url, string cookies)
    {
        using var http = NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url + MetricsPagePath);
        request.Headers.Add("Cookie", cookies);
        using var answer = await http.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();
        if (answer.StatusCode != HttpStatusCode.OK || !body.Contains("data-testid=\"metrics-table\"", StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"GET {MetricsPagePath} with the session cookie answered {(int)answer.StatusCode} ({answer.Headers.Location}) without the metrics table:\n" +
                body[..Math.Min(body.Length, 400)]);
        return body.Length;
    }

    /// <summary>No cookie jar and no redirects: what each answer sets and where it points are read as they come.</summary>
    private static HttpClient NewClient() =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The name=value of each <c>Set-Cookie</c>; an emptied cookie (a deletion) is dropped.</summary>
    private static void AddCookies(Dictionary<string, string> cookies, HttpResponseMessage answer)
    {
        foreach (var setCookie in answer.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = setCookie.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                continue;
            var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
            if (value.Length == 0)
                cookies.Remove(name);
            else
                cookies[name] = value;
        }
    }

    private static string CookieHeaderValue(Dictionary<string, string> cookies) =>
        string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    /// <summary>The form's hidden inputs: the antiforgery token and Blazor's form name (<c>_handler</c>).</summary>
    private static Dictionary<string, string> HiddenFields(string html)
    {
        var fields = HiddenInput().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        if (!fields.ContainsKey("__RequestVerificationToken"))
            throw new InvalidOperationException($"GET {LoginPath} served no antiforgery token:\n{html[..Math.Min(html.Length, 400)]}");
        return fields;
    }

    /// <summary>Blazor writes hidden inputs as <c>&lt;input type="hidden" name="..." value="..." /&gt;</c>.</summary>
    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
