namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>One consequence of a change, in plain language; a warning is something the curator may not want.</summary>
public sealed record PreviewLine(string Text, bool IsWarning = false);
