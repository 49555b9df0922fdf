using Beryl.Dashboard.Auth;

namespace Beryl.Dashboard.Tests.Auth;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/sys/metrics", "/sys/metrics")]
    [InlineData("/sys/metrics?day=2026-03-01#users", "/sys/metrics?day=2026-03-01#users")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("sys/metrics", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("http://localhost/sys/metrics", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/\r\n//evil.example", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/sys/metrics?q=Zürich", "/sys/metrics?q=Z%C3%BCrich")]
    [InlineData("/sys/metrics?q=📚 books", "/sys/metrics?q=%F0%9F%93%9A%20books")]
    public void Only_a_path_on_this_site_is_kept(string? returnUrl, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.From(returnUrl));
}
