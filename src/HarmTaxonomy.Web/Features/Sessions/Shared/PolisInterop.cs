using HarmTaxonomy.Web.Features.Sessions.Api;
using HarmTaxonomy.Web.Features.Sessions.ExportingToPolis;
using HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Features.Sessions.Shared;

/// <summary>
/// Polis interoperability (docs/polis.md): exporting a session as a Polis export and importing one as a closed
/// session, with their services, settings, policies and endpoints under <c>/api/v1/sessions</c>.
/// </summary>
public static class PolisInterop
{
    public static IServiceCollection AddPolisInterop(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PolisImportOptions>(configuration.GetSection(PolisImportOptions.Section));
        services.AddScoped<PolisExports>();
        services.AddScoped<PolisImporter>();
        services.AddScoped<BrowserPolisImport>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(options =>
        {
            PolisExportEndpoint.AddPolicy(options);
            PolisImportEndpoint.AddPolicy(options);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPolisInterop(this IEndpointRouteBuilder endpoints)
    {
        var maxUpload = endpoints.ServiceProvider.GetRequiredService<IOptions<PolisImportOptions>>().Value.MaxUploadBytes;
        var sessions = endpoints.MapGroup(SessionApi.Route)
            .WithMetadata(new SkipStatusCodePagesAttribute())
            .AddEndpointFilter<SessionApiFilter>()
            .WithTags("Sessions", "Polis");
        sessions.MapPolisExport();
        sessions.MapPolisImport(maxUpload);
        return endpoints;
    }
}
