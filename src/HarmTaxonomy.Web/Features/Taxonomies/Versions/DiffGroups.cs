using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HarmTaxonomy.Web.Features.Taxonomies.Versions;

/// <summary>Turns a <see cref="TaxonomyDiff"/> into the groups the diff view lists, in the order of how much they break.</summary>
public static class DiffGroups
{
    /// <summary>Long definitions are cut here in the list; the full text is in the version itself.</summary>
    public const int TextShown = 160;

    public static IReadOnlyList<DiffGroup> From(TaxonomyDiff diff, IStringLocalizer<AppStrings> localizer)
    {
        var topLevel = localizer["Curation.Diff.TopLevel"].Value;
        string Name(CategoryRef? category) => category is null ? topLevel : $"{category.Notation} {category.Label}";
        string Names(IReadOnlyList<CategoryRef> categories) => string.Join(", ", categories.Select(category => Name(category)));
        string? Because(string reason) => string.IsNullOrWhiteSpace(reason) ? null : localizer["Curation.Diff.Reason", reason.Trim()].Value;
        DiffLine Line(CategoryRef category, string? before = null, string? after = null, string? note = null) =>
            new(category.Notation, category.Label, before, after, note);
        IEnumerable<DeprecatedEntry> OfKind(DeprecationKind kind) => diff.Deprecated.Where(entry => entry.Kind == kind);

        var groups = new List<DiffGroup>
        {
            new("removed", localizer["Curation.Diff.Group.Removed"], Color.Error, [.. diff.Removed.Select(category => Line(category))]),
            new("merged", localizer["Curation.Diff.Group.Merged"], Color.Error, [.. OfKind(DeprecationKind.MergedInto)
                .Select(entry => Line(entry.Category, after: Names(entry.ReplacedBy), note: Because(entry.Reason)))]),
            new("split", localizer["Curation.Diff.Group.Split"], Color.Error, [.. OfKind(DeprecationKind.SplitInto)
                .Select(entry => Line(entry.Category, after: Names(entry.ReplacedBy), note: Because(entry.Reason)))]),
            new("moved", localizer["Curation.Diff.Group.Moved"], Color.Error, [.. diff.Moved
                .Select(entry => Line(entry.Category, Name(entry.FromParent), Name(entry.ToParent)))]),
            new("renumbered", localizer["Curation.Diff.Group.Renumbered"], Color.Error, [.. diff.Renumbered
                .Select(entry => Line(entry.Category, entry.Before, entry.After))]),
            new("added", localizer["Curation.Diff.Group.Added"], Color.Success, [.. diff.Added.Select(category => Line(category))]),
            new("deprecated", localizer["Curation.Diff.Group.Deprecated"], Color.Warning, [.. OfKind(DeprecationKind.Deprecated)
                .Select(entry => Line(entry.Category, after: entry.ReplacedBy.Count == 0 ? null : Names(entry.ReplacedBy), note: Because(entry.Reason)))]),
            new("modalities", localizer["Curation.Diff.Group.Modalities"], Color.Warning, [.. diff.ModalitiesChanged
                .Select(entry => Line(entry.Category, List(entry.Before, localizer), List(entry.After, localizer)))]),
            new("mappings-added", localizer["Curation.Diff.Group.MappingsAdded"], Color.Success, [.. diff.MappingsAdded
                .Select(entry => Line(entry.Category, note: Mapping(entry.Mapping)))]),
            new("mappings-removed", localizer["Curation.Diff.Group.MappingsRemoved"], Color.Warning, [.. diff.MappingsRemoved
                .Select(entry => Line(entry.Category, note: Mapping(entry.Mapping)))]),
            new("languages", localizer["Curation.Diff.Group.Languages"], diff.LanguagesRemoved.Count > 0 ? Color.Error : Color.Success, [
                .. diff.LanguagesAdded.Select(language => new DiffLine(language, localizer["Curation.Diff.LanguageAdded"])),
                .. diff.LanguagesRemoved.Select(language => new DiffLine(language, localizer["Curation.Diff.LanguageRemoved"])),
            ]),
            new("renamed", localizer["Curation.Diff.Group.Renamed"], Color.Info, [.. diff.Renamed
                .Select(entry => Line(entry.Category, entry.Before ?? "—", entry.After ?? "—", entry.Language))]),
            new("redefined", localizer["Curation.Diff.Group.Redefined"], Color.Info, [.. diff.Redefined.Select(entry =>
                entry.DefinitionBefore != entry.DefinitionAfter
                    ? Line(entry.Category, Cut(entry.DefinitionBefore), Cut(entry.DefinitionAfter), localizer["Curation.Diff.DefinitionIn", entry.Language])
                    : Line(entry.Category, Cut(entry.ScopeNoteBefore), Cut(entry.ScopeNoteAfter), localizer["Curation.Diff.ScopeNoteIn", entry.Language]))]),
            new("details", localizer["Curation.Diff.Group.Details"], Color.Info, [.. diff.DetailsRevised
                .Select(entry => Line(entry.Category, note: entry.Language))]),
            new("reordered", localizer["Curation.Diff.Group.Reordered"], Color.Info, [.. diff.Reordered.Select(category => Line(category))]),
            new("scheme", localizer["Curation.Diff.Group.Scheme"], Color.Info, [.. diff.SchemeChanges
                .Select(change => new DiffLine("", SchemeField(change, localizer)))]),
        };
        return [.. groups.Where(group => group.Lines.Count > 0)];
    }

    private static string List(IReadOnlyList<string> items, IStringLocalizer<AppStrings> localizer) =>
        items.Count == 0 ? localizer["Curation.Diff.None"] : string.Join(", ", items);

    private static string Mapping(CategoryMapping mapping) =>
        $"{mapping.Relation} {mapping.Uri ?? $"{mapping.Reference} {mapping.Code}"}";

    private static string Cut(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "—" : text.Length <= TextShown ? text : $"{text[..TextShown].TrimEnd()}…";

    private static string SchemeField(string change, IStringLocalizer<AppStrings> localizer) => change switch
    {
        "title" => localizer["Curation.Diff.Scheme.Title"],
        "description" => localizer["Curation.Diff.Scheme.Description"],
        "licence" => localizer["Curation.Diff.Scheme.Licence"],
        _ => change,
    };
}
