using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>
/// A bUnit context for components built on MudBlazor: its services, loose JS interop (MudBlazor's own
/// calls are not under test), and a popover provider for tooltips.
/// Raise events with their Async variants (<c>ClickAsync</c>): the others only queue the event when the
/// renderer is busy with MudBlazor's own async work, and the test would read the page before it ran.
/// </summary>
public abstract class MudComponentTest : BunitContext, IAsyncLifetime
{
    protected MudComponentTest()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Popovers = Render<MudPopoverProvider>();
    }

    /// <summary>Where MudBlazor renders the content of tooltips and popovers.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; }

    /// <summary>
    /// An element's text as a sighted reader sees it (screen-reader-only text left out): runs of white space (line
    /// breaks, &amp;nbsp;) as one space.
    /// </summary>
    protected static string TextOf(IElement element) => Collapse(TextWithout(element, ".visually-hidden"));

    /// <summary>An element's text as a screen reader says it: what is hidden from it (aria-hidden) left out.</summary>
    protected static string SpokenTextOf(IElement element) => Collapse(TextWithout(element, "[aria-hidden=true]"));

    private static string TextWithout(IElement element, string selector)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var hidden in copy.QuerySelectorAll(selector).ToList())
            hidden.Remove();
        return copy.TextContent;
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only IAsyncDisposable: xUnit 2 disposes the context synchronously
    // unless it is disposed asynchronously first.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
