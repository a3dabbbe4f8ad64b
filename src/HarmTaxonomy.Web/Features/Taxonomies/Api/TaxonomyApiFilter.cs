using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// Runs around every taxonomy endpoint (inside <see cref="Infrastructure.Api.JsonBodyFilter"/>, which answers unreadable
/// bodies): the domain's refusals become ProblemDetails, so handlers describe only the path where things work.
/// </summary>
public sealed class TaxonomyApiFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
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
