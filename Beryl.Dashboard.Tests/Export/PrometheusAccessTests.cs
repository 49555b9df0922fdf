using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Settings;
using System.Security.Claims;
using Beryl.Dashboard.Auth;
using Beryl.Dashboard.Export;
using Microsoft.Extensions.Configuration;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>The access rule on its own; the endpoint tests prove it is applied to real requests.</summary>
public sealed class PrometheusAccessTests
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private static readonly ClaimsPrincipal Admin = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, AdminAccess.Role)], "Cookies"));
    private static readonly ClaimsPrincipal SignedInNonAdmin = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone")], "Cookies"));

    [Theory]
    [InlineData("Bearer abc", "abc")]
    [InlineData("bearer abc", "abc")]
    [InlineData("Basic abc", null)]
    [InlineData("Bearer", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_token_is_read_from_a_bearer_header(string? header, string? expected)
    {
        Assert.Equal(expected, PrometheusAccess.BearerToken(header));
    }

    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abd", false)]
    [InlineData("abc", "abcd", false)]
    [InlineData("", "abc", false)]
    [InlineData("ümlaut", "ümlaut", true)]
    public void Tokens_match_only_when_equal(string presented, string expected, bool match)
    {
        Assert.Equal(match, PrometheusAccess.TokensMatch(presented, expected));
    }

    [Fact]
    public void A_signed_in_admin_is_allowed_without_a_token()
    {
        Assert.True(PrometheusAccess.IsAllowed(null, Admin, configuredToken: null));
        Assert.True(PrometheusAccess.IsAllowed(null, Admin, configuredToken: "t"));
    }

    [Fact]
    public void A_signed_in_user_who_is_not_an_admin_needs_the_token()
    {
        Assert.False(PrometheusAccess.IsAllowed(null, SignedInNonAdmin, "t"));
        Assert.True(PrometheusAccess.IsAllowed("Bearer t", SignedInNonAdmin, "t"));
    }

    [Fact]
    public void Without_a_configured_token_no_bearer_is_accepted()
    {
        Assert.False(PrometheusAccess.IsAllowed("Bearer ", Anonymous, configuredToken: null));
        Assert.False(PrometheusAccess.IsAllowed("Bearer anything", Anonymous, configuredToken: null));
    }

    [Fact]
    public void The_environment_name_wins_over_the_appsettings_key_and_blank_means_unset()
    {
        // As the app reads it: the appsettings key, then the environment names on top.
        string? Token(string? env, string? key) => new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Metrics:PrometheusToken"] = key })
            .AddInMemoryCollection(ConfigurationAliases.Resolve(name => name == "METRICS_PROMETHEUS_TOKEN" ? env : null))
            .Build().GetSection(MetricsOptions.Section).Get<MetricsOptions>()?.ConfiguredPrometheusToken;

        Assert.Equal("env", Token("env", "key"));
        Assert.Equal("key", Token("  ", "key"));
        Assert.Null(Token(null, ""));
    }
}
