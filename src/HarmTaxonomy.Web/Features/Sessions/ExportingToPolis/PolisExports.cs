using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Web.Features.Sessions.Live;
using JasperFx.Events;

namespace HarmTaxonomy.Web.Features.Sessions.ExportingToPolis;

/// <summary>
/// A session as a Polis export zip, read from the event store (not the live room) like the results: the room folded
/// from its events, every vote event with its sequence, and the opinion groups of an analysis computed on those votes
/// with the session's own seed, so the same session exports the same groups.
/// </summary>
public sealed class PolisExports(SessionEventReader reader)
{
    /// <summary>The session's room and the events it was folded from, or null when no session has this id.</summary>
    public async Task<ExportSource?> ReadAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var events = await reader.ReadEventsAsync(sessionId, cancellationToken);
        return events is not null && SessionEventReader.Fold(sessionId, events) is { } room ? new ExportSource(room, events) : null;
    }

    /// <param name="siteUrl">Where the app is reached (scheme and host): the summary's url is the session's join link there.</param>
    public static byte[] Zip(ExportSource source, string siteUrl)
    {
        ArgumentNullException.ThrowIfNull(source);
        var room = source.Room;
        var votes = source.Events
            .Where(@event => @event.Data is VoteCast vote && vote.SessionId == room.Id)
            .Select(@event => ((VoteCast)@event.Data, @event.Sequence));
        var export = SessionPolisExport.Of(room, votes, Analyse(room), $"{siteUrl.TrimEnd('/')}/join/{Uri.EscapeDataString(room.JoinCode)}");
        using var zip = new MemoryStream();
        PolisExportWriter.WriteZip(export, zip);
        return zip.ToArray();
    }

    /// <summary>The seed the analysis of a session starts from: part of its id, so a session's groups do not change between exports.</summary>
    public static int SeedOf(Guid sessionId) => BitConverter.ToInt32(sessionId.ToByteArray(), 12) & int.MaxValue;

    private static OpinionAnalysis? Analyse(SessionRoom room)
    {
        var input = AnalysisInput.Of(room);
        return input.Votes.Count == 0 || input.Items.Count == 0
            ? null
            : OpinionAnalyzer.Analyze(input.ToMatrix(), new AnalysisParameters { Seed = SeedOf(room.Id) }, traits: input.Traits);
    }
}

/// <summary>A session folded from the event store, with the events it was folded from.</summary>
public sealed record ExportSource(SessionRoom Room, IReadOnlyList<IEvent> Events);
