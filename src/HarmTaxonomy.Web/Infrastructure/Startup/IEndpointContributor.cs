namespace HarmTaxonomy.Web.Infrastructure.Startup;

/// <summary>
/// Endpoints that come from the service collection instead of a line in <c>UseHarmTaxonomy</c>: register an
/// implementation as a singleton and its <see cref="MapEndpoints"/> runs once at startup. Meant for hubs and
/// other endpoints that a module (or a test host) adds along with its services.
/// </summary>
public interface IEndpointContributor
{
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}

public static class EndpointContributors
{
    public static IEndpointRouteBuilder MapEndpointContributors(this IEndpointRouteBuilder endpoints)
    {
        foreach (var contributor in endpoints.ServiceProvider.GetServices<IEndpointContributor>())
        {
            contributor.MapEndpoints(endpoints);
        }

        return endpoints;
    }
}
