using HarmTaxonomy.Web.Features.Researching.Browsing;
using HarmTaxonomy.Web.Features.Researching.Crosswalking;
using HarmTaxonomy.Web.Features.Researching.Dereferencing;
using HarmTaxonomy.Web.Features.Researching.Diffing;
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
        services.AddSingleton<SiteIdentity>();
        services.AddSingleton<VersionFiles>();
        services.AddSingleton<VersionFilesWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<VersionFilesWorker>());
        services.AddScoped<ProvenanceQueries>();
        services.AddSingleton<ProvenanceCache>();
        services.AddSingleton<RebuiltLedgers>();
        services.AddApiReference();
        services.AddSingleton<SearchIndexCache>();
        services.AddScoped<CategorySearch>();
        services.AddScoped<PublishedTaxonomies>();
        services.AddScoped<CategoryReader>();
        return services;
    }

    /// <summary>Concept URIs answer linked-data clients with the RDF that describes them (see <see cref="ConceptNegotiation"/>).</summary>
    public static IApplicationBuilder UseConceptNegotiation(this IApplicationBuilder app) => app.UseMiddleware<ConceptNegotiation>();

    /// <summary>Mapped before the taxonomy API, whose token-protected catch-all would otherwise answer these paths.</summary>
    public static IEndpointRouteBuilder MapResearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapVersionDownloads();
        endpoints.MapPublicDiffs();
        endpoints.MapVersionSessions();
        endpoints.MapApiReference();
        endpoints.MapCategorySearch();
        endpoints.MapCrosswalk();
        return endpoints;
    }
}
