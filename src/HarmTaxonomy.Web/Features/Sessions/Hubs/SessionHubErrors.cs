using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Microsoft.AspNetCore.SignalR;

namespace HarmTaxonomy.Web.Features.Sessions.Hubs;

/// <summary>
/// Turns refusals into hub errors the caller can read (<c>[kind] field: message</c>); other failures stay generic,
/// as SignalR keeps them. A refusal reaches only the caller and leaves the session as it was.
/// </summary>
public sealed class SessionHubErrors : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (SessionRuleException refused)
        {
            throw new HubException(Describe(refused));
        }
        catch (VoteNotRecordedException notRecorded)
        {
            throw new HubException($"[unavailable] clientVoteId: {notRecorded.Message}");
        }
    }

    public static string Describe(SessionRuleException refused) =>
        $"[{refused.Kind.ToString().ToLowerInvariant()}] {(refused.Field.Length == 0 ? "session" : refused.Field)}: {refused.Message}";
}
