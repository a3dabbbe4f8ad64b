using HarmTaxonomy.Web.Features.Sessions.Joining;
namespace HarmTaxonomy.Web.Features.Sessions.Shared;

/// <summary>What the session pages (join, participant view, projector) need beyond the live services.</summary>
public static class SessionPagesServices
{
    public static IServiceCollection AddSessionPages(this IServiceCollection services)
    {
        services.AddScoped<SessionByCode>();
        services.AddScoped<ParticipantJoining>();
        return services;
    }
}
