using Microsoft.AspNetCore.Components;

namespace Beryl.Dashboard.Components.Metrics;

/// <summary>What a button of a table row does, named on the button itself (<see cref="RowActionEventArgs.Attribute"/>).</summary>
public enum RowAction
{
    /// <summary>Not a row's button: a click elsewhere in the table.</summary>
    None,

    /// <summary>The metric's name: its history.</summary>
    History,

    /// <summary>The value of a count: the rows behind it.</summary>
    Rows,
}

/// <summary>
/// A click on a row's button, told to the table as one event for all its rows (<c>@onrowaction</c>): the row markup
/// (<see cref="RowMarkup"/>) holds no handler of its own. The browser side (wwwroot/Beryl.Dashboard.lib.module.js)
/// reads the clicked button's action and its row's metric and label; a key or Space on a button is a click too.
/// </summary>
public sealed class RowActionEventArgs : EventArgs
{
    /// <summary>The attribute that names a button's action, as <see cref="Name"/> writes it.</summary>
    public const string Attribute = "data-row-action";

    public string Action { get; set; } = "";
    public string Metric { get; set; } = "";
    public string Label { get; set; } = "";

    public RowAction Kind => Enum.TryParse<RowAction>(Action, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : RowAction.None;

    public static string Name(RowAction action) => action.ToString().ToLowerInvariant();
}

/// <summary>Makes <c>@onrowaction</c> known to Razor, which looks for this attribute on classes of this name only.</summary>
[EventHandler("onrowaction", typeof(RowActionEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers;
