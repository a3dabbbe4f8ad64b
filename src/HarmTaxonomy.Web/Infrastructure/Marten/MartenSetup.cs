using HarmTaxonomy.Domain.Accounts;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using JasperFx;
using JasperFx.Events.Projections;
using Marten;

namespace HarmTaxonomy.Web.Infrastructure.Marten;

/// <summary>The event store and document database: one place that knows every stream, projection and document.</summary>
public static class MartenSetup
{
    public const string SchemaName = "harmtaxonomy";

    public static IServiceCollection AddHarmTaxonomyMarten(this IServiceCollection services, string connectionString, bool isDevelopment)
    {
        services.AddMarten(_ => CreateOptions(connectionString, isDevelopment)).UseLightweightSessions();
        return services;
    }

    public static StoreOptions CreateOptions(string connectionString, bool isDevelopment)
    {
        var options = new StoreOptions();
        options.Connection(connectionString);
        options.DatabaseSchemaName = SchemaName;

        // Production changes the schema only through the explicit migrate step; Development follows the code.
        options.AutoCreateSchemaObjects = isDevelopment ? AutoCreate.CreateOrUpdate : AutoCreate.None;

        // Every change is traceable to the request, session or job that caused it.
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Policies.ForAllDocuments(mapping =>
        {
            mapping.Metadata.CorrelationId.Enabled = true;
            mapping.Metadata.CausationId.Enabled = true;
        });

        options.Projections.Add<ReferenceTaxonomyProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<RoleChangeProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<ReferenceTaxonomy>().UniqueIndex(taxonomy => taxonomy.Slug);

        // Participant streams (stream id = participant id).
        options.Events.AddEventType<GuestParticipationClaimed>();
        return options;
    }
}
