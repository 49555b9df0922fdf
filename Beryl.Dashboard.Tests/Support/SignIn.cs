using System.Net;
using System.Text.RegularExpressions;
using Beryl.Dashboard.Auth;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>
/// Signs in through the real /login form, as a browser does: GET the page for its antiforgery cookie and
/// hidden fields, then POST them with the credentials. Use a client made with
/// <c>AllowAutoRedirect = false</c> (cookies are kept by the client's handler).
/// </summary>
public static partial class SignIn
{
    /// <summary>Signs in and fails the test unless the app answered with the redirect of a successful sign-in.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        using var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException(
                $"Signing in as {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A client of <paramref name="app"/> signed in as a new admin (redirects not followed).</summary>
    public static async Task<HttpClient> AdminClientAsync(DashboardAppFactory app, string email = "admin@beryl.test")
    {
        var client = app.CreateSignInClient();
        await TestUsers.AddAsync(app.Services, email);
        await SignInAsync(client, email, TestUsers.Password);
        return client;
    }

    /// <summary>Posts the /login form (hidden fields from a fresh GET) and returns the raw answer.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password,
        string? returnUrl = null)
    {
        var path = returnUrl is null ? SignInEndpoints.LoginPath : $"{SignInEndpoints.LoginPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var fields = await HiddenFieldsAsync(client, path);
        fields["Email"] = email;
        fields["Password"] = password;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>POST /logout with the antiforgery token of the page at <paramref name="pagePath"/>.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client, string pagePath = "/sys/metrics")
    {
        var fields = await HiddenFieldsAsync(client, pagePath);
        return await client.PostAsync(SignInEndpoints.LogoutPath, new FormUrlEncodedContent(fields));
    }

    /// <summary>The hidden inputs (antiforgery token, Blazor's form handler name) of the page at <paramref name="path"/>.</summary>
    public static async Task<Dictionary<string, string>> HiddenFieldsAsync(HttpClient client, string path)
    {
        using var page = await client.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputTag().Matches(html))
        {
            var attributes = Attribute().Matches(input.Value)
                .ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
            if (attributes.GetValueOrDefault("type") == "hidden" && attributes.TryGetValue("name", out var name))
                fields[name] = attributes.GetValueOrDefault("value", "");
        }
        if (fields.Count == 0)
            throw new InvalidOperationException($"GET {path} answered {(int)page.StatusCode} without a form: {html}");
        return fields;
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("([\\w-]+)=\"([^\"]*)\"")]
    private static partial Regex Attribute();
}
