using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HarmTaxonomy.Web.Features.Sessions.MappingOpinions;

/// <summary>
/// An SVG <c>&lt;text&gt;</c> element. Razor reserves the <c>&lt;text&gt;</c> tag for its own use (and refuses
/// attributes on it), so the map writes its labels through this; the content is escaped like any Razor text.
/// </summary>
public static class SvgText
{
    public static RenderFragment Of(string content, params (string Name, object Value)[] attributes) => builder =>
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "text");
        foreach (var (name, value) in attributes)
        {
            builder.AddAttribute(1, name, value);
        }

        builder.AddContent(2, content);
        builder.CloseElement();
    };
}
