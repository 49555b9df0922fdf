namespace Beryl.Dashboard.Formats;

/// <summary>A text cell of every CSV the dashboard writes: names from Beryl that a spreadsheet would run as a formula are defused.</summary>
public static class CsvCell
{
    /// <summary>
    /// One text cell: formula starters neutralised, then quoted when it holds a comma, quote or line break. A
    /// spreadsheet skips leading spaces and reads fullwidth signs (＝, ＋, －, ＠) as their ASCII forms, so those are
    /// looked past and matched too.
    /// </summary>
    public static string Of(string text)
    {
        var first = text.TrimStart(' ', '\u00a0', '\u3000');
        if (text.Length > 0 && (text[0] is '\t' or '\r' || first.Length > 0 && first[0] is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠'))
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
