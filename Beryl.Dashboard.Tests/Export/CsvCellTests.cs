using Beryl.Dashboard.Formats;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>
/// Names from Beryl that a spreadsheet would run as a formula: behind leading spaces, and in the fullwidth forms
/// spreadsheets read as ASCII, they get the apostrophe too.
/// </summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData(" =1+2", "' =1+2")]
    [InlineData("\u3000@SUM(A1)", "'\u3000@SUM(A1)")]
    [InlineData("＝HYPERLINK(\"x\")", "\"'＝HYPERLINK(\"\"x\"\")\"")]
    [InlineData("＋1", "'＋1")]
    [InlineData("－1", "'－1")]
    [InlineData("＠x", "'＠x")]
    [InlineData("\tTab", "'\tTab")]
    public void A_formula_starter_gets_an_apostrophe(string name, string cell) => Assert.Equal(cell, CsvCell.Of(name));

    [Theory]
    [InlineData("Vinyl Record", "Vinyl Record")]
    [InlineData(" Leading space", " Leading space")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Other_names_stay_as_they_are(string name, string cell) => Assert.Equal(cell, CsvCell.Of(name));
}
