using HarmTaxonomy.Domain.Taxonomies.Adopting;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Publishing;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// Everything a taxonomy's provenance is built from, each fact with the stream version it was recorded at (document id
/// = taxonomy id): the accepted proposals, the acceptance rules published over time, the curators in order of their
/// first change, and where each version was published. A version contains what came before its publication, so the
/// stream versions are all it takes to say what belongs to which version.
/// </summary>
public sealed record ProvenanceLedger
{
    public Guid Id { get; init; }

    /// <summary>
    /// The stream version of the first event the ledger saw: 1 when it has followed the taxonomy from its creation.
    /// A ledger started later (events appended before the projection existed) misses facts, and readers rebuild it.
    /// </summary>
    public long FirstStreamVersion { get; init; }

    /// <summary>The stream version of the last event the ledger saw.</summary>
    public long LastStreamVersion { get; init; }

    public IReadOnlyList<AdoptionRecord> Adoptions { get; init; } = [];

    public IReadOnlyList<RuleInForce> Rules { get; init; } = [];

    public IReadOnlyList<CuratorContribution> Curators { get; init; } = [];

    public IReadOnlyList<PublicationPoint> Publications { get; init; } = [];

    public bool IsComplete => FirstStreamVersion == 1;

    /// <summary>The ledger after one more event of the taxonomy's stream.</summary>
    public static ProvenanceLedger Record(ProvenanceLedger? ledger, Guid taxonomyId, object data, long streamVersion)
    {
        var next = (ledger ?? new ProvenanceLedger { Id = taxonomyId, FirstStreamVersion = streamVersion }) with { LastStreamVersion = streamVersion };
        if (data is not ITaxonomyEvent change)
        {
            return next;
        }

        if (!next.Curators.Any(curator => curator.ActorId == change.By.Id))
        {
            next = next with { Curators = [.. next.Curators, new CuratorContribution(change.By.Id, change.By.Name, streamVersion)] };
        }

        return change switch
        {
            ProposalAdopted adopted => next with
            {
                Adoptions = [.. next.Adoptions, new AdoptionRecord(adopted.Cause, adopted.Categories, adopted.By.Name, adopted.At, streamVersion)],
            },
            AcceptanceRulePublished rule => next with { Rules = [.. next.Rules, new RuleInForce(TaxonomyAcceptanceRule.Of(rule.Rule), streamVersion)] },
            TaxonomyVersionPublished published => next with
            {
                Publications = [.. next.Publications, new PublicationPoint(published.Version, streamVersion, published.At)],
            },
            _ => next,
        };
    }

    /// <summary>
    /// The ledger of a whole stream, oldest event first: what the projection would hold had it always run. Given the
    /// ledger of the stream's start, <paramref name="events"/> are the ones after it.
    /// </summary>
    public static ProvenanceLedger? FromStream(Guid taxonomyId, IEnumerable<(object Data, long StreamVersion)> events, ProvenanceLedger? start = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ledger = start;
        foreach (var (data, streamVersion) in events)
        {
            ledger = Record(ledger, taxonomyId, data, streamVersion);
        }

        return ledger;
    }

    public PublicationPoint? PublicationOf(string version) =>
        Publications.FirstOrDefault(publication => string.Equals(publication.Version, version, StringComparison.Ordinal));

    /// <summary>
    /// The accepted proposals that touched a category and are published (in the latest version), oldest first.
    /// Proposals accepted into the draft since then are not public yet.
    /// </summary>
    public IReadOnlyList<AdoptionRecord> PublishedAdoptionsOf(Guid categoryId)
    {
        var latest = Publications.Count == 0 ? 0 : Publications.Max(publication => publication.StreamVersion);
        return [.. Adoptions
            .Where(adoption => adoption.DraftVersion < latest && adoption.Categories.Contains(categoryId))
            .OrderBy(adoption => adoption.DraftVersion)];
    }
}

/// <summary>An acceptance rule the curators published, in force from <see cref="StreamVersion"/> until the next one.</summary>
public sealed record RuleInForce(TaxonomyAcceptanceRule Rule, long StreamVersion);

/// <summary>Someone who changed the taxonomy, first at <see cref="StreamVersion"/>; the id only tells people apart.</summary>
public sealed record CuratorContribution(string ActorId, string Name, long StreamVersion);

/// <summary>Where in the stream a version was published: it contains every change before that point.</summary>
public sealed record PublicationPoint(string Version, long StreamVersion, DateTimeOffset At);
