using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Editing.Translations;

/// <summary>One language's label, definition and scope note as typed, able to take in a newer draft without losing the typing.</summary>
public sealed class TranslationInput
{
    public string Label { get; set; } = "";

    public string Definition { get; set; } = "";

    public string ScopeNote { get; set; } = "";

    public static TranslationInput From(DraftCategory category, string language) => new()
    {
        Label = category.Labels.GetValueOrDefault(language) ?? "",
        Definition = category.Definitions.GetValueOrDefault(language) ?? "",
        ScopeNote = category.ScopeNotes.GetValueOrDefault(language) ?? "",
    };

    /// <summary>Fields the person changed since <paramref name="before"/> stay; the others follow <paramref name="after"/>.</summary>
    public TranslationInput Rebase(TranslationInput before, TranslationInput after) => new()
    {
        Label = Label == before.Label ? after.Label : Label,
        Definition = Definition == before.Definition ? after.Definition : Definition,
        ScopeNote = ScopeNote == before.ScopeNote ? after.ScopeNote : ScopeNote,
    };

    public bool SameAs(TranslationInput other) =>
        Label.Trim() == other.Label && Definition.Trim() == other.Definition && ScopeNote.Trim() == other.ScopeNote;
}
