using HarmTaxonomy.Domain.Taxonomies.Governing;

namespace HarmTaxonomy.Domain.Sessions.Proposals;

/// <summary>
/// A facilitator or curator accepted a proposal into the taxonomy draft, which reached <see cref="DraftVersion"/>;
/// the tallies are those the decision was taken on, and <see cref="Rule"/> the acceptance rule, its figures and the
/// analysis they came from (null only in acceptances recorded before the rule existed).
/// </summary>
public sealed record ProposalAccepted(
    Guid SessionId,
    Guid ItemId,
    Guid TaxonomyId,
    long DraftVersion,
    IReadOnlyList<Guid> Categories,
    int Agree,
    int Disagree,
    int Pass,
    SessionActor By,
    DateTimeOffset At,
    RuleEvidence? Rule = null) : ISessionEvent;
