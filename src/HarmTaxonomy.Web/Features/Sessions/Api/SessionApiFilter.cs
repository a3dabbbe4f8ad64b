using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Infrastructure.Api;

namespace HarmTaxonomy.Web.Features.Sessions.Api;

/// <summary>Runs around every session endpoint: unreadable bodies and the domain's refusals become ProblemDetails.</summary>
public sealed class SessionApiFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var argument in context.Arguments)
        {
            if (argument is IJsonBody { Problem: { } problem })
            {
                return problem;
            }
        }

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
