using System.Text.RegularExpressions;
using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Demo;

/// <summary>Beryl's rule for a saved link: the first active pattern whose case-insensitive glob matches the URL.</summary>
public static class LinkPatternMatcher
{
    public static LinkPattern? FirstMatch(string url, IEnumerable<LinkPattern> patterns) =>
        patterns.Where(p => p.IsActive && !p.IsDeleted).OrderBy(p => p.Id).FirstOrDefault(p => Matches(url, p.UrlPattern));

    public static bool Matches(string url, string glob) =>
        Regex.IsMatch(url, "^" + string.Join(".*", glob.Split('*').Select(Regex.Escape)) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
