using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Api;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// Runs around every taxonomy endpoint: a body that could not be read answers its problem before the handler runs,
/// and the domain's refusals become ProblemDetails, so handlers describe only the path where things work.
/// </summary>
public sealed class TaxonomyApiFilter : IEndpointFilter
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
        catch (TaxonomyRuleException refused)
        {
            return TaxonomyProblems.Refused(refused);
        }
        catch (TaxonomyNotFoundException missing)
        {
            return TaxonomyProblems.UnknownTaxonomy(missing.Slug);
        }
        catch (StaleDraftException stale)
        {
            // Writes that sent If-Match answer their 412 themselves; reaching here means a race lost without one.
            return TaxonomyProblems.Stale(stale, conditional: false);
        }
    }
}
