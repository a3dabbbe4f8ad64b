using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>What the tree needs of a category: no definitions, so a tree of thousands loads quickly.</summary>
public sealed record DraftTreeNode
{
    public Guid Id { get; init; }

    public Guid? ParentId { get; init; }

    public int Position { get; init; }

    public string Notation { get; init; } = "";

    public CategoryStatus Status { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public string LabelIn(string language) =>
        Labels.TryGetValue(language, out var label) ? label : Labels.Values.FirstOrDefault() ?? Notation;
}
