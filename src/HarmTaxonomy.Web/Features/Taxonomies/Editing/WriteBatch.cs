using HarmTaxonomy.Web.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Features.Taxonomies.Editing;

/// <summary>How a save of several commands went: how many were written, and the refusal that stopped it, if any.</summary>
public sealed record WriteBatch(int Written, WriteResult? Refused)
{
    public bool Succeeded => Refused is null;
}
