using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using Marten;

namespace HarmTaxonomy.Web.Features.Sessions.CheckingAcceptance;

/// <summary>
/// The acceptance rule a session's proposals are held to: their taxonomy's, or the default until its curators
/// publish one (and for sessions that belong to no taxonomy, such as a Polis import).
/// </summary>
public sealed class SessionAcceptance(IDocumentStore store)
{
    public async Task<TaxonomyAcceptanceRule> RuleOfAsync(Guid taxonomyId, CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<TaxonomySummary>(taxonomyId, cancellationToken))?.AcceptanceRule ?? TaxonomyAcceptanceRule.Default;
    }
}
