using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Export;

/// <summary>Places panels left to right, wrapping at the grid's width, so no two overlap.</summary>
public sealed class GridLayout
{
    public const int Width = 24;

    private int x, y, lineHeight;

    public GridPos Place(int w, int h)
    {
        if (x + w > Width)
            NewLine();
        var pos = new GridPos(x, y, w, h);
        x += w;
        lineHeight = Math.Max(lineHeight, h);
        return pos;
    }

    /// <summary>Ends the current line; the next panel starts at the left below the tallest panel so far.</summary>
    public void NewLine()
    {
        y += lineHeight;
        x = 0;
        lineHeight = 0;
    }

    /// <summary>A full-width row header on a line of its own.</summary>
    public GridPos FullWidthRow()
    {
        NewLine();
        var pos = Place(Width, 1);
        NewLine();
        return pos;
    }
}
