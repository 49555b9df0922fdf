using System.Net;
using Beryl.Dashboard.Auth;

namespace Beryl.Dashboard.Tests.Auth;

public sealed class ThrottleKeyTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void A_client_is_an_IPv4_address_or_an_IPv6_network(string address, string expected) =>
        Assert.Equal(expected, PasswordSignIn.Client(IPAddress.Parse(address)));

    [Fact]
    public void Clients_without_an_address_share_one_key() =>
        Assert.Equal("unknown", PasswordSignIn.Client(null));
}
