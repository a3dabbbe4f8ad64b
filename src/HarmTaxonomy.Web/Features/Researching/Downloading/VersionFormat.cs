namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>One download format of a published version: its extension, its media type and a name people read.</summary>
public sealed record VersionFormat(string Extension, string MediaType, string Title);
