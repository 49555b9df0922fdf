namespace Beryl.Dashboard.Email;

/// <summary>
/// The inline styles the report email repeats. Mail clients drop &lt;style&gt; blocks and external sheets,
/// so every element carries its own.
/// </summary>
public static class EmailStyle
{
    public const string Font = "font-family:Arial,Helvetica,sans-serif;";

    public static readonly string Cell = $"padding:4px 8px;border-bottom:1px solid {EmailPalette.Rule};";

    public static readonly string HeaderCell =
        Cell + $"font-size:12px;font-weight:bold;color:{EmailPalette.Muted};background-color:{EmailPalette.Band};";

    /// <summary>Right-aligned by the cell's align attribute, which every client honours.</summary>
    public static readonly string NumberCell = Cell + "white-space:nowrap;";

    public static readonly string ChangeCell = Cell + "white-space:nowrap;";
}
