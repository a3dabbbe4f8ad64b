using HarmTaxonomy.Web.Features.Researching.Browsing;
using HarmTaxonomy.Web.Features.Researching.Downloading;
using HarmTaxonomy.Web.Features.Researching.Provenance;

namespace HarmTaxonomy.Web.Features.Researching;

/// <summary>What researchers use: public pages of published versions, their downloads, provenance, search and crosswalks.</summary>
public static class ResearchServices
{
    public static IServiceCollection AddResearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<VersionFiles>();
        services.AddScoped<ProvenanceQueries>();
        services.AddScoped<PublishedTaxonomies>();
        services.AddScoped<CategoryReader>();
        return services;
    }

    public static IEndpointRouteBuilder MapResearch(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
