using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Domain.Taxonomies.Provenance;

/// <summary>
/// Turns a taxonomy's ledger and its sessions' figures into one version's provenance: what was accepted before the
/// version was published, the rule in force then, the curators up to then and each contributing session in aggregate.
/// </summary>
public static class VersionProvenanceBuilder
{
    /// <param name="sessions">The stored analysis figures by session id; a session without one falls back to what its acceptances recorded.</param>
    /// <returns>Null when the ledger knows no such version.</returns>
    public static VersionProvenance? Build(string slug, string version, ProvenanceLedger ledger, IReadOnlyDictionary<Guid, SessionFacts> sessions)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(sessions);
        var publication = ledger.PublicationOf(version);
        if (publication is null)
        {
            return null;
        }

        var adoptions = ledger.Adoptions.Where(adoption => adoption.DraftVersion < publication.StreamVersion).OrderBy(adoption => adoption.DraftVersion).ToList();
        var rule = ledger.Rules.LastOrDefault(rule => rule.StreamVersion < publication.StreamVersion)?.Rule ?? TaxonomyAcceptanceRule.Default;
        var curators = ledger.Curators
            .Where(curator => curator.StreamVersion <= publication.StreamVersion)
            .OrderBy(curator => curator.StreamVersion)
            .Select(curator => curator.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var contributions = adoptions
            .GroupBy(adoption => adoption.Cause.SessionId)
            .Select(session => Session([.. session], sessions.GetValueOrDefault(session.Key)))
            .ToList();
        return new VersionProvenance(slug, version, contributions, adoptions, rule, curators);
    }

    /// <summary>
    /// One session's aggregate: from its stored analysis when there is one, else from the latest analysis its
    /// acceptances were judged on, else from the counts its accepted proposals had.
    /// </summary>
    private static SessionProvenance Session(IReadOnlyList<AdoptionRecord> adoptions, SessionFacts? facts)
    {
        var latest = adoptions[^1].Cause;
        if (facts is not null)
        {
            return new SessionProvenance(
                latest.SessionId, latest.SessionTitle, facts.ParticipantsCounted, facts.Votes, facts.Parameters.Seed, facts.Parameters, facts.AnalysedAt, adoptions.Count);
        }

        var used = adoptions.Select(adoption => adoption.Cause.Rule?.Analysis).LastOrDefault(analysis => analysis is not null);
        return used is not null
            ? new SessionProvenance(latest.SessionId, latest.SessionTitle, used.Participants, used.Votes, used.Seed, null, used.ComputedAt, adoptions.Count)
            : new SessionProvenance(
                latest.SessionId,
                latest.SessionTitle,
                adoptions.Max(adoption => adoption.Cause.Participants),
                adoptions.Sum(adoption => adoption.Cause.Agree + adoption.Cause.Disagree + adoption.Cause.Pass),
                null,
                null,
                null,
                adoptions.Count);
    }
}
