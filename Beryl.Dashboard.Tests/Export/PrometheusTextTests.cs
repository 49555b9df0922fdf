using Beryl.Dashboard.Export;

namespace Beryl.Dashboard.Tests.Export;

public sealed class PrometheusTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a \"quoted\" name", "a \\\"quoted\\\" name")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("two\nlines", @"two\nlines")]
    [InlineData("tab\tand\rcr", "tab\tand\rcr")]
    [InlineData("Ünïcödé 📚", "Ünïcödé 📚")]
    [InlineData("\\\"\n", "\\\\\\\"\\n")]
    public void Label_values_escape_backslash_quote_and_line_feed_only(string value, string expected)
    {
        Assert.Equal(expected, PrometheusText.EscapeLabelValue(value));
    }

    [Theory]
    [InlineData("Users \"total\"", "Users \"total\"")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("one\ntwo", @"one\ntwo")]
    public void Help_escapes_backslash_and_line_feed_but_not_quotes(string help, string expected)
    {
        Assert.Equal(expected, PrometheusText.EscapeHelp(help));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(12, "12")]
    [InlineData(0.1, "0.1")]
    [InlineData(-3.5, "-3.5")]
    [InlineData(1e21, "1E+21")]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    public void Values_read_back_in_prometheus(double value, string expected)
    {
        Assert.Equal(expected, PrometheusText.FormatValue(value));
    }

    [Fact]
    public void A_family_is_help_type_then_samples()
    {
        var text = new PrometheusText().Gauge("beryl_x", "X.").Sample("beryl_x", "kind", "a", 1).Sample("beryl_x", 2).ToString();

        Assert.Equal("# HELP beryl_x X.\n# TYPE beryl_x gauge\nberyl_x{kind=\"a\"} 1\nberyl_x 2\n", text);
    }
}
