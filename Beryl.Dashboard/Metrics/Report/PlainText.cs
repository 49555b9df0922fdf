using System.Globalization;
using System.Text;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// Names chosen by Beryl's users (item types, attributes, link patterns, content types) in plain text: the
/// terminal and the email's text part. A line break there would start a line of the name's own (a fake notice
/// mailed to every superuser), and an escape sequence would drive the terminal (clear it, set its title, plant
/// links); so every control character, and the marks that reorder text, become U+FFFD, visibly out of place.
/// HTML, CSV and Prometheus escape names their own way and keep them whole.
/// </summary>
public static class PlainText
{
    public const char Replacement = '\uFFFD';

    public static string Safe(string text)
    {
        if (!text.Any(IsUnsafe))
            return text;
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
            safe.Append(IsUnsafe(c) ? Replacement : c);
        return safe.ToString();
    }

    /// <summary>C0 and C1 controls and DEL, and the bidirectional overrides and isolates (U+202A..202E, U+2066..2069).</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
