using Beryl.Dashboard.Auth;
using System.Net;
using Beryl.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Access;

/// <summary>
/// Walks every endpoint the app maps (the composite endpoint data source: minimal APIs, Razor component pages,
/// Hangfire, Blazor's own endpoints, static assets) and checks each against its rule in <see cref="EndpointRules"/>:
/// anonymous callers are sent to sign in (or get 401), signed-in non-admins get 403, admins get 200.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EndpointAccessTests(AccessWalkApp app) : IClassFixture<AccessWalkApp>
{
    private static readonly Caller[] Callers = Enum.GetValues<Caller>();

    private IReadOnlyList<Endpoint> Endpoints => app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    private static bool IsStaticAsset(Endpoint endpoint) => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    private static string PatternOf(Endpoint endpoint) =>
        (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? $"(not a route endpoint: {endpoint.DisplayName})";

    [Fact]
    public void Every_endpoint_the_app_maps_has_a_rule()
    {
        var known = EndpointRules.All.Select(r => r.Pattern).ToHashSet(StringComparer.Ordinal);

        var withoutRule = Endpoints.Where(e => !IsStaticAsset(e) && !known.Contains(PatternOf(e)))
            .Select(e => $"a new endpoint without a rule: {PatternOf(e)} ({e.DisplayName}); add it to EndpointRules.All")
            .ToList();

        Assert.True(withoutRule.Count == 0, string.Join("\n", withoutRule));
    }

    [Fact]
    public void Every_rule_is_for_an_endpoint_the_app_maps()
    {
        var mapped = Endpoints.Select(PatternOf).ToHashSet(StringComparer.Ordinal);

        var stale = EndpointRules.All.Select(r => r.Pattern).Where(p => !mapped.Contains(p)).ToList();

        Assert.True(stale.Count == 0, $"rules for routes the app no longer maps: {string.Join(", ", stale)}");
    }

    [Fact]
    public async Task Every_endpoint_answers_each_caller_as_its_rule_says()
    {
        var mismatches = new List<string>();
        // One signed-in client per caller for the whole walk: the in-memory server gives every request one client
        // address, and an ordinary account's sign-ins count against it like failures (the sixth is refused). Signing
        // out ends a session, so that rule runs last.
        var clients = new Dictionary<Caller, HttpClient>();
        foreach (var caller in Callers)
            clients[caller] = await app.ClientAsync(caller);
        foreach (var rule in EndpointRules.All.OrderBy(r => r.Pattern == SignInEndpoints.LogoutPath))
            foreach (var caller in Callers)
            {
                using var response = await rule.Probe.SendAsync(clients[caller]);
                var expected = rule.Expected(caller);
                var actual = new Answer(response.StatusCode, expected.Location is null ? null : response.Headers.Location?.ToString());
                if (actual != expected)
                    mismatches.Add($"{rule.Pattern} ({rule.Rule}), {rule.Probe.Request} as {caller}: expected {expected}, got {actual}");
            }

        foreach (var client in clients.Values)
            client.Dispose();
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void Every_static_asset_is_marked_for_anonymous_visitors()
    {
        var assets = Endpoints.Where(IsStaticAsset).ToList();

        // Blazor's script, MudBlazor's files, the app's CSS and JS, each plain, fingerprinted and compressed.
        Assert.True(assets.Count > 20, $"only {assets.Count} static assets mapped");
        var closed = assets.Where(a => a.Metadata.GetMetadata<IAllowAnonymous>() is null).Select(PatternOf).ToList();
        Assert.True(closed.Count == 0, $"static assets without AllowAnonymous: {string.Join(", ", closed)}");
    }

    [Fact]
    public async Task A_fingerprinted_asset_is_served_to_every_caller()
    {
        // app.css under its content hash, as the pages link it (e.g. app.4kywy7iv6g.css).
        var route = Endpoints.Select(e => e.Metadata.GetMetadata<StaticAssetDescriptor>())
            .Single(d => d is { Selectors.Count: 0 } && d.Route != "app.css"
                         && d.Properties.Any(p => p.Name == "label" && p.Value == "app.css"))!.Route;
        Assert.Matches(@"^app\.[a-z0-9]+\.css$", route);

        foreach (var caller in Callers)
        {
            using var client = await app.ClientAsync(caller);
            using var response = await client.GetAsync("/" + route);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /{route} as {caller}: {(int)response.StatusCode}");
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_open_a_circuit()
    {
        using var anonymous = await app.ClientAsync(Caller.Anonymous);

        using var negotiate = await anonymous.PostAsync(EndpointRules.Negotiate, null);
        using var connect = await anonymous.GetAsync("/_blazor?id=made-up");

        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
        Assert.DoesNotContain("connectionToken", await negotiate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, connect.StatusCode);
    }
}
