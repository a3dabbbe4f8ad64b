namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

// The bodies the taxonomy API accepts. Every field is optional here: the domain's rules decide what is missing or
// too long and name the field, so the API and the editor refuse the same input with the same message.

/// <summary><c>POST /api/v1/taxonomies</c>; the first language is the source language, the licence defaults to CC-BY-4.0.</summary>
public sealed record CreateTaxonomyRequest(string? Slug, string? Title, string? Description, string? Licence, IReadOnlyList<string>? Languages);

/// <summary><c>PUT /api/v1/taxonomies/{slug}</c>: title, description and licence (the slug never changes).</summary>
public sealed record ChangeTaxonomyDetailsRequest(string? Title, string? Description, string? Licence, string? Reason);

/// <summary><c>POST /api/v1/taxonomies/{slug}/languages</c>.</summary>
public sealed record AddLanguageRequest(string? Language, string? Reason);

/// <summary><c>PUT /api/v1/taxonomies/{slug}/acceptance-rule</c>: agreement is a share (0.6 for 60 %), the group size a count.</summary>
public sealed record PublishAcceptanceRuleRequest(double? MinGroupInformedConsensus, double? MinGroupAgreement, int? MinGroupSize, string? Reason);

/// <summary><c>POST …/draft/categories</c>; no language means the source language, no notation a generated one.</summary>
public sealed record AddCategoryRequest(
    string? Language,
    string? Label,
    string? Definition,
    Guid? ParentId,
    IReadOnlyList<string>? Modalities,
    string? ScopeNote,
    string? Notation,
    string? Reason);

/// <summary><c>PUT …/categories/{id}/labels/{lang}</c>: a null definition or scope note stays as it is, an empty one is cleared.</summary>
public sealed record WriteTextRequest(string? Label, string? Definition, string? ScopeNote, string? Reason);

/// <summary><c>PUT …/categories/{id}/details/{lang}</c>: replaces the examples, alternative labels and severity guidance.</summary>
public sealed record ReviseDetailsRequest(IReadOnlyList<string>? Examples, IReadOnlyList<string>? AltLabels, string? SeverityGuidance, string? Reason);

/// <summary><c>PUT …/categories/{id}/modalities</c>.</summary>
public sealed record SetModalitiesRequest(IReadOnlyList<string>? Modalities, string? Reason);

/// <summary><c>PUT …/categories/{id}/notation</c>.</summary>
public sealed record RenumberRequest(string? Notation, string? Reason);

/// <summary><c>POST …/draft/reorder</c>: every child of the parent (null: the top level), in the new order.</summary>
public sealed record ReorderRequest(Guid? ParentId, IReadOnlyList<Guid>? OrderedIds, string? Reason);

/// <summary><c>POST …/categories/{id}/move</c>; a null parent moves the category to the top level.</summary>
public sealed record MoveRequest(Guid? ParentId, string? Reason);

/// <summary><c>POST …/categories/{id}/merge</c>: the category is merged into <see cref="Into"/>.</summary>
public sealed record MergeRequest(Guid? Into, string? Reason);

/// <summary><c>POST …/categories/{id}/split</c>: two or more new categories, written in <see cref="Language"/> (default: the source language).</summary>
public sealed record SplitRequest(IReadOnlyList<SplitPartRequest>? Into, string? Reason, string? Language);

/// <summary>One new category of a split.</summary>
public sealed record SplitPartRequest(string? Label, string? Definition);

/// <summary><c>POST …/categories/{id}/deprecate</c>.</summary>
public sealed record DeprecateRequest(IReadOnlyList<Guid>? ReplacedBy, string? Reason);

/// <summary><c>POST …/categories/{id}/mappings</c>: a reference taxonomy's category (reference and code) or a concept URI.</summary>
public sealed record MapRequest(string? Reference, string? Code, string? Uri, string? Relation, string? Note, string? Reason);

/// <summary><c>POST /api/v1/taxonomies/{slug}/versions</c>; an empty changelog gets the generated one.</summary>
public sealed record PublishRequest(string? Version, string? Changelog, string? Reason);
