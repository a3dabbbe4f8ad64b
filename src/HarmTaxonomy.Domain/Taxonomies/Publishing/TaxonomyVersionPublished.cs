using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Taxonomies.Publishing;

/// <summary>
/// The draft, as it was, became an immutable release. The event carries the whole snapshot so the version can be
/// rebuilt from the event store alone, and the SHA-256 of its canonical JSON so anyone can check a download.
/// </summary>
public sealed record TaxonomyVersionPublished(
    Guid TaxonomyId,
    string Version,
    string? PreviousVersion,
    VersionBump Bump,
    string Changelog,
    string Licence,
    string Sha256,
    TaxonomySnapshot Snapshot,
    Actor By,
    DateTimeOffset At,
    string? Reason) : ITaxonomyEvent;
