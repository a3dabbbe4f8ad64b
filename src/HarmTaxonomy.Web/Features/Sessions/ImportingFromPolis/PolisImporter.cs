using System.Diagnostics;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Importing;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using Marten;

namespace HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;

/// <summary>
/// Imports a Polis export as a closed session, for the API and the facilitators' page alike. Everything is read and
/// checked before anything is written; then every stream (the session's first, then one per comment and one per voter
/// with all their votes) is appended in one transaction, so a refused or failed import stores nothing.
/// </summary>
public sealed class PolisImporter(IDocumentStore store, TimeProvider clock, ILogger<PolisImporter> logger)
{
    /// <param name="taxonomySlug">The taxonomy the session belongs to, or none (blank).</param>
    /// <param name="title">The session's title; blank takes the Polis topic, else a default.</param>
    /// <exception cref="PolisImportException">The files cannot be imported; the problems name file, line and column.</exception>
    /// <exception cref="SessionRuleException">No taxonomy has the slug, or the title is too long.</exception>
    public async Task<Guid> ImportAsync(
        IReadOnlyList<PolisUpload> uploads, string? taxonomySlug, string? title, SessionActor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var (taxonomyId, slug) = await TaxonomyAsync(taxonomySlug, cancellationToken);
        var watch = Stopwatch.StartNew();
        var conversation = await PolisUploads.ReadAsync(uploads, cancellationToken);
        var sessionId = Guid.CreateVersion7();
        var imported = new ImportPolisConversation(conversation, title, taxonomyId, slug)
            .Decide(sessionId, JoinCodes.New(), by, clock.GetUtcNow(), Guid.CreateVersion7);

        await using var session = store.LightweightSession();
        // The session's stream goes first: its opening must be the first event a reader of the session folds.
        session.Events.StartStream<SessionSummary>(sessionId, imported.SessionEvents);
        foreach (var stream in imported.Items.Concat(imported.Participants))
        {
            session.Events.StartStream(stream.Id, stream.Events);
        }

        await session.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Polis conversation imported as session {SessionId} by {Actor}: {Comments} comments, {Participants} participants, {Votes} votes, {Events} events in {Milliseconds} ms",
            sessionId, by.Id, conversation.Comments.Count, imported.Participants.Count, conversation.Votes.Count, imported.EventCount, watch.ElapsedMilliseconds);
        return sessionId;
    }

    private async Task<(Guid Id, string Slug)> TaxonomyAsync(string? taxonomySlug, CancellationToken cancellationToken)
    {
        var slug = taxonomySlug?.Trim() ?? "";
        if (slug.Length == 0)
        {
            return (Guid.Empty, "");
        }

        await using var query = store.QuerySession();
        var taxonomy = await query.Query<TaxonomySummary>().FirstOrDefaultAsync(summary => summary.Slug == slug, cancellationToken)
            ?? throw new SessionRuleException("taxonomy", $"No taxonomy has the slug “{slug}”.", SessionRuleKind.NotFound);
        return (taxonomy.Id, taxonomy.Slug);
    }
}
