using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Web.Features.Sessions.Live;

namespace HarmTaxonomy.Web.Features.Sessions.Api;

/// <summary>Runs around every session endpoint (inside <see cref="Infrastructure.Api.JsonBodyFilter"/>): the domain's refusals become ProblemDetails.</summary>
public sealed class SessionApiFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (SessionRuleException refused)
        {
            return SessionProblems.Refused(refused);
        }
        catch (VoteNotRecordedException notRecorded)
        {
            return SessionProblems.NotRecorded(notRecorded.Message);
        }
    }
}
