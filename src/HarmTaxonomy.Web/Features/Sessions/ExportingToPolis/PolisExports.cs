using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.Live;
using JasperFx.Events;

namespace HarmTaxonomy.Web.Features.Sessions.ExportingToPolis;

/// <summary>
/// A session as a Polis export zip, read from the event store (not the live room) like the results: the room folded
/// from its events, every vote event with its sequence, and the opinion groups of the session's stored analysis (the
/// groups people see), or, before there is one, of an analysis computed here on those votes with the session's own
/// seed.
/// </summary>
public sealed class PolisExports(SessionEventReader reader, SessionAnalyses analyses)
{
    /// <summary>The session's room, the events it was folded from and its latest analysis, or null when no session has this id.</summary>
    public async Task<ExportSource?> ReadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var events = await reader.ReadEventsAsync(sessionId, cancellationToken);
        if (events is null || SessionEventReader.Fold(sessionId, events) is not { } room)
        {
            return null;
        }

        var stored = await analyses.GetAsync(sessionId, cancellationToken);
        return new ExportSource(room, events, stored?.Analysis);
    }

    /// <param name="siteUrl">Where the app is reached (scheme and host): the summary's url is the session's join link there.</param>
    public static byte[] Zip(ExportSource source, string siteUrl)
    {
        ArgumentNullException.ThrowIfNull(source);
        var room = source.Room;
        var votes = source.Events
            .Where(@event => @event.Data is VoteCast vote && vote.SessionId == room.Id)
            .Select(@event => ((VoteCast)@event.Data, @event.Sequence));
        var export = SessionPolisExport.Of(room, votes, source.Analysis ?? Analyse(room), $"{siteUrl.TrimEnd('/')}/join/{Uri.EscapeDataString(room.JoinCode)}");
        using var zip = new MemoryStream();
        PolisExportWriter.WriteZip(export, zip);
        return zip.ToArray();
    }

    private static OpinionAnalysis? Analyse(SessionRoom room)
    {
        var input = AnalysisInput.Of(room);
        return input.Votes.Count == 0 || input.Items.Count == 0
            ? null
            : OpinionAnalyzer.Analyze(input.ToMatrix(), new AnalysisParameters { Seed = AnalysisWorker.SeedOf(room.Id) }, traits: input.Traits);
    }
}

/// <summary>A session folded from the event store, with the events it was folded from and its stored analysis, if any.</summary>
public sealed record ExportSource(SessionRoom Room, IReadOnlyList<IEvent> Events, OpinionAnalysis? Analysis);
