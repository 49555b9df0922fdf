namespace Beryl.Dashboard.Auth;

/// <summary>Where to go after signing in: the requested ReturnUrl when it stays on this site, else the home page.</summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    /// <summary>
    /// Local means a path starting with a single <c>/</c>: <c>//host</c> and <c>/\host</c> are other sites to a
    /// browser, and absolute URLs are refused whatever their host, so a link cannot send an admin elsewhere.
    /// </summary>
    public static string From(string? returnUrl) =>
        returnUrl is ['/', ..] && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                               && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                               && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : Home;
}
