using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.Live;

namespace HarmTaxonomy.Web.Features.Sessions.CheckingAcceptance;

/// <summary>
/// <c>GET /api/v1/sessions/{id}/proposals/{itemId}/rule-check</c> (scope <c>sessions.read</c>): how a proposal stands
/// now against its taxonomy's acceptance rule, on the session's latest analysis ("not analysed yet" before the first).
/// </summary>
public static class RuleCheckEndpoint
{
    public static async Task<IResult> GetAsync(
        Guid sessionId, Guid itemId, SessionRooms rooms, SessionAnalyses analyses, SessionAcceptance acceptance, CancellationToken cancellationToken)
    {
        var room = await rooms.GetAsync(sessionId, cancellationToken);
        if (room is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session", detail: $"No session has the id {sessionId}.");
        }

        var (taxonomyId, isProposal) = room.Read(state => (state.TaxonomyId, state.FindItem(itemId)?.Kind == ItemKind.Proposal));
        if (!isProposal)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "No such proposal", detail: $"Session {sessionId} has no proposal {itemId}.");
        }

        var rule = await acceptance.RuleOfAsync(taxonomyId, cancellationToken);
        var stored = await analyses.GetAsync(sessionId, cancellationToken);
        return TypedResults.Ok(RuleCheckResponse.From(rule, ProposalRuleCheck.Of(rule.ToRule(), stored?.Analysis, itemId), stored));
    }
}
