using System.Text;

namespace Beryl.Dashboard.Auth;

/// <summary>Where to go after signing in: the requested ReturnUrl when it stays on this site, else the home page.</summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    /// <summary>
    /// Local means a path starting with a single <c>/</c>: <c>//host</c> and <c>/\host</c> are other sites to a
    /// browser, and absolute URLs are refused whatever their host, so a link cannot send an admin elsewhere.
    /// Characters a Location header cannot carry (anything outside printable ASCII) are percent-encoded as UTF-8,
    /// which is how a browser sends them anyway.
    /// </summary>
    public static string From(string? returnUrl) =>
        returnUrl is ['/', ..] && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                               && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                               && !returnUrl.Any(char.IsControl)
            ? Escaped(returnUrl)
            : Home;

    private static string Escaped(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f'))
            return url;
        var escaped = new StringBuilder();
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                escaped.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}
