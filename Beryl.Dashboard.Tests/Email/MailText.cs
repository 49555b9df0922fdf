using System.Net;
using System.Text.RegularExpressions;

namespace Beryl.Dashboard.Tests.Email;

/// <summary>What a reader of an HTML email sees: the text without tags, entities decoded, spaces collapsed.</summary>
public static partial class MailText
{
    public static string Visible(string? html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html ?? "", " ")), " ");

    /// <summary>The markup with entities decoded, to check which colour a piece of text is given.</summary>
    public static string Decoded(string? html) => WebUtility.HtmlDecode(html ?? "");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
