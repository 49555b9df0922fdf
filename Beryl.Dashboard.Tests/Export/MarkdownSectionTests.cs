using Beryl.Dashboard.Export;

namespace Beryl.Dashboard.Tests.Export;

public sealed class MarkdownSectionTests
{
    private static readonly MarkdownSection Section = new("demo");

    [Fact]
    public void Extract_returns_the_lines_between_the_markers()
    {
        Assert.Equal("a\nb\n", Section.Extract("x\n<!-- demo:start -->\na\nb\n<!-- demo:end -->\ny\n"));
    }

    [Fact]
    public void Replace_keeps_the_markers_and_everything_outside()
    {
        Assert.Equal("x\n<!-- demo:start -->\nnew\n<!-- demo:end -->\ny\n",
            Section.Replace("x\n<!-- demo:start -->\nold\n<!-- demo:end -->\ny\n", "new\n"));
    }

    [Fact]
    public void Replace_fills_an_empty_section()
    {
        Assert.Equal("<!-- demo:start -->\nnew\n<!-- demo:end -->\n", Section.Replace("<!-- demo:start -->\n<!-- demo:end -->\n", "new\n"));
    }

    [Theory]
    [InlineData("no markers")]
    [InlineData("<!-- demo:end -->\n<!-- demo:start -->\n")]
    public void Missing_or_swapped_markers_are_an_error(string document)
    {
        Assert.Throws<InvalidOperationException>(() => Section.Extract(document));
    }
}
