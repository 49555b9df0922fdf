using System.Net;
using System.Text.Json;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Access;

/// <summary>The answer a caller expects: a status and, for redirects, where to.</summary>
public sealed record Answer(HttpStatusCode Status, string? Location = null)
{
    public static readonly Answer Ok = new(HttpStatusCode.OK);
    public static readonly Answer Forbidden = new(HttpStatusCode.Forbidden);
    public static readonly Answer Unauthorized = new(HttpStatusCode.Unauthorized);

    /// <summary>The cookie check's redirect to the sign-in page, coming back to <paramref name="path"/>.</summary>
    public static Answer SignIn(string path) => new(HttpStatusCode.Redirect, "/login?ReturnUrl=" + Uri.EscapeDataString(path));

    public override string ToString() => Location is null ? $"{(int)Status}" : $"{(int)Status} -> {Location}";
}

/// <summary>One request that reaches an endpoint, sent by any caller.</summary>
public sealed record Probe(string Request, string Path, Func<HttpClient, Task<HttpResponseMessage>> SendAsync)
{
    public static Probe Get(string path) => new($"GET {path}", path, client => client.GetAsync(path));

    public static Probe Post(string path) => new($"POST {path}", path, client => client.PostAsync(path, null));
}

/// <summary>Who may call an endpoint, and what each caller gets.</summary>
public enum Rule { Public, Admin, BearerOrAdmin }

/// <summary>The rule of one route pattern, with the answer of each caller.</summary>
public sealed record EndpointRule(string Pattern, Rule Rule, Probe Probe, Answer Anonymous, Answer NonAdmin, Answer Admin, Answer WithToken)
{
    /// <summary>Open to everyone: every caller gets <paramref name="answer"/> (200 unless told).</summary>
    public static EndpointRule Open(string pattern, Probe probe, Answer? answer = null) =>
        new(pattern, Rule.Public, probe, answer ?? Answer.Ok, answer ?? Answer.Ok, answer ?? Answer.Ok, answer ?? Answer.Ok);

    /// <summary>
    /// For admins: anonymous callers (with or without the Prometheus token) are sent to sign in, or get 401 where
    /// the cookie check treats the endpoint as an API; a signed-in non-admin gets 403.
    /// </summary>
    public static EndpointRule AdminOnly(string pattern, Probe probe, Answer? admin = null, Answer? anonymous = null) =>
        new(pattern, Rule.Admin, probe, anonymous ?? Answer.SignIn(probe.Path), Answer.Forbidden, admin ?? Answer.Ok,
            anonymous ?? Answer.SignIn(probe.Path));

    public Answer Expected(Caller caller) => caller switch
    {
        Caller.Anonymous => Anonymous,
        Caller.AnonymousWithToken => WithToken,
        Caller.NonAdmin => NonAdmin,
        _ => Admin,
    };
}

/// <summary>
/// The rule of every route the app maps, by route pattern. Static assets are not listed one by one: they are
/// recognised by their asset metadata (see <see cref="EndpointAccessTests"/>). A route missing here fails the walk.
/// </summary>
public static class EndpointRules
{
    public const string Negotiate = "/_blazor/negotiate?negotiateVersion=1";

    public static readonly IReadOnlyList<EndpointRule> All =
    [
        // Signing in, health and the error pages are for everyone.
        EndpointRule.Open("/login", Probe.Get("/login")),
        EndpointRule.Open("/health", Probe.Get("/health")),
        EndpointRule.Open("/not-found", Probe.Get("/not-found")),
        EndpointRule.Open("/Error", Probe.Get("/Error")),
        // Signing out needs the form's antiforgery token, not a session; everyone ends on the sign-in page.
        EndpointRule.Open("/logout", new Probe("POST /logout with the form's token", "/logout", SignOutAsync),
            new Answer(HttpStatusCode.Redirect, "/login")),

        // The dashboard's pages and exports.
        EndpointRule.AdminOnly("/", Probe.Get("/"), admin: new Answer(HttpStatusCode.Redirect, "http://localhost/sys/metrics")),
        EndpointRule.AdminOnly("/sys/metrics", Probe.Get("/sys/metrics")),
        EndpointRule.AdminOnly("/sys/metrics/history.csv", Probe.Get("/sys/metrics/history.csv")),
        EndpointRule.AdminOnly("/sys/metrics/rows.csv", Probe.Get("/sys/metrics/rows.csv?key=users_total")),
        EndpointRule.AdminOnly("/sys/metrics/email-preview", Probe.Get("/sys/metrics/email-preview")),
        EndpointRule.AdminOnly("/hangfire/{**path}", Probe.Get("/hangfire/recurring")),
        // Collect now over HTTP: an admin with a page's antiforgery token gets 202 and the job.
        EndpointRule.AdminOnly("/sys/metrics/collect-now",
            new Probe("POST /sys/metrics/collect-now with a page's token", "/sys/metrics/collect-now", CollectNowAsync),
            admin: new Answer(HttpStatusCode.Accepted)),
        // Run from build output, a file added to the web root after the build: served to admins only.
        EndpointRule.AdminOnly("{**path:file}", Probe.Get("/" + AccessWalkApp.FileAddedAfterBuild)),

        // Prometheus: its token, or an admin session; everyone else gets 401, never the sign-in page.
        new("/sys/metrics/prometheus", Rule.BearerOrAdmin, Probe.Get("/sys/metrics/prometheus"),
            Anonymous: Answer.Unauthorized, NonAdmin: Answer.Unauthorized, Admin: Answer.Ok, WithToken: Answer.Ok),

        // Blazor's own endpoints: an interactive page's circuit is for admins. SignalR's endpoints count as an API,
        // so an anonymous caller gets 401 there rather than a redirect.
        EndpointRule.AdminOnly("/_blazor/negotiate", Probe.Post(Negotiate), anonymous: Answer.Unauthorized),
        EndpointRule.AdminOnly("/_blazor", new Probe("POST negotiate, then GET /_blazor?id= (long polling)", "/_blazor", OpenLongPollingAsync),
            anonymous: Answer.Unauthorized),
        EndpointRule.AdminOnly("/_blazor/initializers/", Probe.Get("/_blazor/initializers/")),
        // Ending a circuit needs the id of a circuit of this session: without one Blazor itself answers 400.
        EndpointRule.AdminOnly("/_blazor/disconnect/", Probe.Post("/_blazor/disconnect/"),
            admin: new Answer(HttpStatusCode.BadRequest)),
        // Blazor's redirect for enhanced navigation needs its own protected URL: without one Blazor answers 400.
        EndpointRule.AdminOnly("/_framework/opaque-redirect", Probe.Get("/_framework/opaque-redirect"),
            admin: new Answer(HttpStatusCode.BadRequest)),
    ];

    private static async Task<HttpResponseMessage> CollectNowAsync(HttpClient client)
    {
        var fields = await SignIn.HiddenFieldsAsync(client, "/login");
        return await client.PostAsync("/sys/metrics/collect-now", new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var fields = await SignIn.HiddenFieldsAsync(client, "/login");
        return await client.PostAsync("/logout", new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// Opens a SignalR connection as the browser's fallback transport does: the first long-polling GET of a
    /// negotiated connection answers 200 at once. Without a negotiated id the GET carries a made-up one.
    /// </summary>
    private static async Task<HttpResponseMessage> OpenLongPollingAsync(HttpClient client)
    {
        var id = "not-negotiated";
        using (var negotiated = await client.PostAsync(Negotiate, null))
            if (negotiated.StatusCode == HttpStatusCode.OK)
                id = JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync()).RootElement.GetProperty("connectionToken").GetString();
        return await client.GetAsync($"/_blazor?id={id}");
    }
}
