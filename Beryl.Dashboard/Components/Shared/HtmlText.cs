using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace Beryl.Dashboard.Components.Shared;

/// <summary>
/// Text and attribute values made safe for markup written as one block (a <see cref="MarkupString"/>), encoded as
/// Blazor's own renderer encodes them, so that a block reads exactly as the same markup rendered element by element.
/// </summary>
public static class HtmlText
{
    public static string Of(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary><c> name="value"</c>, or nothing for a null value (as Razor leaves out a null attribute).</summary>
    public static string Attribute(string name, string? value) => value is null ? "" : $" {name}=\"{Of(value)}\"";
}
