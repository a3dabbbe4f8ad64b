using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace HarmTaxonomy.Web.Infrastructure.Health;

/// <summary><c>/health/live</c>: the process serves. <c>/health/ready</c>: PostgreSQL answers and the schema is current.</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddHarmTaxonomyHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<PostgresReachableCheck>("postgres", tags: [ReadyTag])
            .AddCheck<SchemaCurrentCheck>("schema", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHarmTaxonomyHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return endpoints;
    }
}
