using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Taxonomies.Publishing;

/// <summary>What publishing the draft now would mean: the diff since the last version, the smallest version allowed and a changelog draft.</summary>
public sealed record PublicationPlan(
    TaxonomyDiff Diff,
    string? PreviousVersion,
    string MinimumVersion,
    string SuggestedVersion,
    string ChangelogDraft,
    bool CanPublish,
    string? WhyNot)
{
    public static PublicationPlan For(TaxonomyDraft draft) => For(draft, draft.Snapshot());

    /// <param name="snapshot">The draft's snapshot, when the caller needs it too (publishing freezes exactly this one).</param>
    public static PublicationPlan For(TaxonomyDraft draft, TaxonomySnapshot snapshot)
    {
        var previous = draft.LatestVersion?.Version;
        var diff = TaxonomyDiffer.Compare(draft.LastPublished ?? TaxonomySnapshot.Empty, previous ?? "empty", snapshot, "draft");
        var minimum = previous is null ? new SemanticVersion(0, 0, 1) : SemanticVersion.Parse(previous).Next(diff.RequiredBump);
        var suggested = previous is null ? SemanticVersion.Initial : minimum;
        string? whyNot = !draft.Categories.Any(category => category.IsActive)
            ? previous is null ? "Add at least one category before publishing." : "Every category is deprecated; keep at least one active category."
            : previous is not null && diff.IsEmpty ? $"Nothing has changed since {previous}." : null;
        return new PublicationPlan(diff, previous, minimum.ToString(), suggested.ToString(), ChangelogWriter.Write(diff), whyNot is null, whyNot);
    }
}
