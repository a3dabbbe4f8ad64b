using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Structuring;
using HarmTaxonomy.Domain.Taxonomies.Wording;

namespace HarmTaxonomy.Web.Features.Taxonomies.Editing.Details;

/// <summary>
/// What the Details tab edits, in the source language. It knows which commands a save needs (only those that change
/// something) and how to take in a newer draft without losing what the person typed.
/// </summary>
public sealed class DetailsForm
{
    public string Notation { get; set; } = "";

    public string Label { get; set; } = "";

    public string Definition { get; set; } = "";

    public string ScopeNote { get; set; } = "";

    /// <summary>One example per line.</summary>
    public string Examples { get; set; } = "";

    /// <summary>One alternative label per line.</summary>
    public string AltLabels { get; set; } = "";

    public string SeverityGuidance { get; set; } = "";

    public IReadOnlyCollection<string> Modalities { get; set; } = [];

    public static DetailsForm From(DraftCategory category, string language) => new()
    {
        Notation = category.Notation,
        Label = category.Labels.GetValueOrDefault(language) ?? "",
        Definition = category.Definitions.GetValueOrDefault(language) ?? "",
        ScopeNote = category.ScopeNotes.GetValueOrDefault(language) ?? "",
        Examples = string.Join('\n', category.Examples.GetValueOrDefault(language) ?? []),
        AltLabels = string.Join('\n', category.AltLabels.GetValueOrDefault(language) ?? []),
        SeverityGuidance = category.SeverityGuidance.GetValueOrDefault(language) ?? "",
        Modalities = [.. category.Modalities],
    };

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// This form on top of a newer draft: each field the person changed (differs from <paramref name="before"/>) keeps
    /// their value; every other field takes the newer draft's value from <paramref name="after"/>.
    /// </summary>
    public DetailsForm Rebase(DetailsForm before, DetailsForm after) => new()
    {
        Notation = Notation == before.Notation ? after.Notation : Notation,
        Label = Label == before.Label ? after.Label : Label,
        Definition = Definition == before.Definition ? after.Definition : Definition,
        ScopeNote = ScopeNote == before.ScopeNote ? after.ScopeNote : ScopeNote,
        Examples = Examples == before.Examples ? after.Examples : Examples,
        AltLabels = AltLabels == before.AltLabels ? after.AltLabels : AltLabels,
        SeverityGuidance = SeverityGuidance == before.SeverityGuidance ? after.SeverityGuidance : SeverityGuidance,
        Modalities = SameModalities(Modalities, before.Modalities) ? after.Modalities : Modalities,
    };

    /// <summary>The commands that would make <paramref name="category"/> read like this form; none when nothing changed.</summary>
    public IReadOnlyList<ITaxonomyCommand> Changes(DraftCategory category, string language, string? reason)
    {
        var saved = From(category, language);
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason;
        var commands = new List<ITaxonomyCommand>();
        if (Label.Trim() != saved.Label || Definition.Trim() != saved.Definition || ScopeNote.Trim() != saved.ScopeNote)
        {
            commands.Add(new WriteCategoryText(category.Id, language, Label, Definition, ScopeNote, why));
        }

        if (!Lines(Examples).SequenceEqual(Lines(saved.Examples), StringComparer.Ordinal)
            || !Lines(AltLabels).SequenceEqual(Lines(saved.AltLabels), StringComparer.Ordinal)
            || SeverityGuidance.Trim() != saved.SeverityGuidance)
        {
            commands.Add(new ReviseCategoryDetails(category.Id, language, Lines(Examples), Lines(AltLabels), SeverityGuidance, why));
        }

        if (!SameModalities(Modalities, saved.Modalities))
        {
            commands.Add(new SetCategoryModalities(category.Id, [.. Modalities], why));
        }

        if (Notation.Trim() != saved.Notation)
        {
            commands.Add(new RenumberCategory(category.Id, Notation, why));
        }

        return commands;
    }

    private static bool SameModalities(IReadOnlyCollection<string> first, IReadOnlyCollection<string> second) =>
        Modality.Normalize(first).SequenceEqual(Modality.Normalize(second));
}
