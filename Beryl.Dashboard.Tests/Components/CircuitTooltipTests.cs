using Beryl.Dashboard.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>A tooltip only once the circuit runs; before it, the content alone.</summary>
public sealed class CircuitTooltipTests : MudComponentTest
{
    private IRenderedComponent<CircuitTooltip> RenderTooltip() => Render<CircuitTooltip>(p => p
        .Add(c => c.Text, "Sign out")
        .AddChildContent("<button aria-label=\"Sign out\">x</button>"));

    [Fact]
    public void Before_the_circuit_the_content_stands_alone()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = RenderTooltip();

        Assert.Equal("<button aria-label=\"Sign out\">x</button>", cut.Markup.Trim());
        Assert.Empty(cut.FindAll(".mud-tooltip-root"));
    }

    [Fact]
    public void In_the_circuit_the_content_has_its_tooltip()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = RenderTooltip();

        var root = cut.Find(".mud-tooltip-root");
        Assert.NotNull(root.QuerySelector("button[aria-label='Sign out']"));
    }
}
