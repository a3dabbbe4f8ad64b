using HarmTaxonomy.Domain.Accounts;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Taxonomies;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Provenance;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Domain.Taxonomies.Reference;
using HarmTaxonomy.Web.Features.Researching.Downloading;
using HarmTaxonomy.Web.Features.Sessions.Live;
using JasperFx;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;

namespace HarmTaxonomy.Web.Infrastructure.Marten;

/// <summary>The event store and document database: one place that knows every stream, projection and document.</summary>
public static class MartenSetup
{
    public const string SchemaName = "harmtaxonomy";

    public static IServiceCollection AddHarmTaxonomyMarten(this IServiceCollection services, string connectionString, bool isDevelopment)
    {
        services.AddMarten(provider =>
            {
                var options = CreateOptions(connectionString, isDevelopment);
                // Live sessions learn of every commit of this process here (resolved late: the rooms need the store).
                options.Listeners.Add(new CommittedSessionEvents(
                    provider.GetRequiredService<SessionRooms>, provider.GetRequiredService<ILogger<CommittedSessionEvents>>()));
                // Each published version's downloads are generated right after the commit that publishes it.
                options.Listeners.Add(new PublishedVersionsListener(
                    provider.GetRequiredService<VersionFilesWorker>, provider.GetRequiredService<ILogger<PublishedVersionsListener>>));
                return options;
            })
            .UseLightweightSessions()
            // Heavy read models (coverage) are built off the write path; one instance at a time runs them.
            .AddAsyncDaemon(DaemonMode.HotCold);
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

        // Taxonomy streams (stream id = taxonomy id): the draft's projections are inline so editors never read stale
        // data; coverage is async because it rewrites one document for the whole taxonomy.
        options.Projections.Add(ReadingOnly(new TaxonomySummaryProjection(), TaxonomyEventTypes.All), ProjectionLifecycle.Inline);
        options.Projections.Add<DraftCategoryProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<CategoryTimelineProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<TaxonomyVersionProjection>(ProjectionLifecycle.Inline);
        options.Projections.Add<TaxonomyCoverageProjection>(ProjectionLifecycle.Async);
        options.Projections.Add(ReadingOnly(new ProvenanceLedgerProjection(), TaxonomyEventTypes.All), ProjectionLifecycle.Inline);
        options.Schema.For<TaxonomySummary>().UniqueIndex(taxonomy => taxonomy.Slug);
        // The editor's tree reads these of every category in a taxonomy. As columns they are read without unpacking each
        // category's JSON (compressed once definitions in three languages pass 2 kB) once per field, which kept a
        // 5,000-category tree above its 100 ms target; the labels stay in the JSON. Each column gets its own index.
        options.Schema.For<DraftCategory>()
            .Duplicate(category => category.TaxonomyId)
            .Duplicate(category => category.ParentId)
            .Duplicate(category => category.Position)
            .Duplicate(category => category.Notation)
            .Duplicate(category => category.Status);
        options.Schema.For<CategoryTimeline>().Index(timeline => timeline.TaxonomyId);
        options.Schema.For<TaxonomyVersionDocument>().Index(version => version.TaxonomyId);
        options.Schema.For<VersionDownloads>();
        options.Events.AddEventTypes(TaxonomyEventTypes.All);

        // Sessions: the session's own stream (id = session id) holds its settings and phases; each item has a stream
        // (id = item id) with its moderation and comments; each participant has one (id = participant id) with their
        // votes, so concurrent voters never contend for one stream's version.
        options.Projections.Add(
            ReadingOnly(new SessionSummaryProjection(), [typeof(SessionOpened), typeof(SessionPhaseChanged), typeof(SessionClosed), typeof(FacilitatorAdded)]),
            ProjectionLifecycle.Inline);
        options.Schema.For<SessionSummary>().Index(summary => summary.JoinCode);
        options.Schema.For<OpenJoinCode>();
        options.Events.AddEventTypes(SessionEventTypes.All);
        options.Events.AddEventType<GuestParticipationClaimed>();
        return options;
    }

    /// <summary>
    /// An inline single-stream projection whose <c>Evolve</c> takes any event is offered every stream a commit touches,
    /// and loads its document for each before deciding there is nothing to do: two queries before every vote batch
    /// (participant streams) for the taxonomy and session summaries, which doubled a batch's time. Told which events it
    /// reads, it is not consulted for the others.
    /// </summary>
    private static TProjection ReadingOnly<TProjection>(TProjection projection, IEnumerable<Type> eventTypes)
        where TProjection : IEventFilterable
    {
        foreach (var eventType in eventTypes)
        {
            projection.IncludeType(eventType);
        }

        return projection;
    }
}
