using HarmTaxonomy.Web.Features.Researching.Crosswalking;
using HarmTaxonomy.Web.Features.Researching.Downloading;
using HarmTaxonomy.Web.Features.Researching.Provenance;
using HarmTaxonomy.Web.Features.Researching.Searching;
using HarmTaxonomy.Web.Infrastructure.OpenApi;

namespace HarmTaxonomy.Web.Features.Researching;

/// <summary>What researchers use: public pages of published versions, their downloads, provenance, search and crosswalks.</summary>
public static class ResearchServices
{
    public static IServiceCollection AddResearch(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<VersionFiles>();
        services.AddScoped<ProvenanceQueries>();
        services.AddApiReference();
        services.AddSingleton<SearchIndexCache>();
        services.AddScoped<CategorySearch>();
        return services;
    }

    public static IEndpointRouteBuilder MapResearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiReference();
        endpoints.MapCategorySearch();
        endpoints.MapCrosswalk();
        return endpoints;
    }
}
