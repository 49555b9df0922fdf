namespace Beryl.Dashboard.Export;

/// <summary>
/// A generated part of a hand-written Markdown file, between two HTML comments that Markdown does not show:
/// <c>&lt;!-- NAME:start --&gt;</c> and <c>&lt;!-- NAME:end --&gt;</c>. Everything outside them stays as written.
/// </summary>
public sealed record MarkdownSection(string Name)
{
    public string Start => $"<!-- {Name}:start -->";
    public string End => $"<!-- {Name}:end -->";

    /// <summary>The text between the markers (without them).</summary>
    public string Extract(string document)
    {
        var (from, to) = Bounds(document);
        return document[from..to];
    }

    /// <summary>The document with the text between the markers replaced by <paramref name="content"/>.</summary>
    public string Replace(string document, string content)
    {
        var (from, to) = Bounds(document);
        return document[..from] + content + document[to..];
    }

    private (int From, int To) Bounds(string document)
    {
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
            throw new InvalidOperationException($"The markers {Start} and {End} are missing or out of order.");
        // The content starts on the line after the start marker and ends with the line before the end marker.
        var from = start + Start.Length + 1;
        return (Math.Min(from, end), end);
    }
}
