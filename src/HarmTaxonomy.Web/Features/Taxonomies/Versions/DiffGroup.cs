using MudBlazor;

namespace HarmTaxonomy.Web.Features.Taxonomies.Versions;

/// <summary>
/// One kind of change in a diff, as the diff view shows it. The colour says how hard it hits labelled data:
/// error for breaking changes (major), warning for retirements, success for additions, info for wording and order.
/// </summary>
public sealed record DiffGroup(string Key, string Title, Color Color, IReadOnlyList<DiffLine> Lines);

/// <summary>One change: which category, and what it was and became where that helps (labels, parents, notations).</summary>
public sealed record DiffLine(string Notation, string Label, string? Before = null, string? After = null, string? Note = null);
