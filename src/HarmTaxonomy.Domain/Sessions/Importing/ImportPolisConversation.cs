using System.Globalization;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Participants;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Domain.Sessions.Importing;

/// <summary>
/// Import a Polis conversation as a closed, read-only session. The session is opened, marked as imported and closed
/// at once (so no one joins, votes or changes phase); each Polis comment becomes an accepted statement keeping its
/// comment id (moderated −1: hidden, as Polis hid it); each voter or author becomes a participant keeping their Polis
/// id; every vote row becomes a vote, each voter's in time order (equal times in file order), so the latest counts as
/// in Polis. Without a taxonomy the session belongs to none (<see cref="Guid.Empty"/>, slug "").
/// </summary>
public sealed record ImportPolisConversation(PolisConversation Conversation, string? Title, Guid TaxonomyId, string TaxonomySlug)
{
    public const string DefaultTitle = "Imported Polis conversation";

    /// <summary>Who wrote a comment that names no author, and who hid what Polis moderated out.</summary>
    public static readonly SessionActor Polis = new("polis", "Polis");

    public ImportedSession Decide(Guid sessionId, string joinCode, SessionActor by, DateTimeOffset at, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(newId);
        var settings = new SessionSettings(AllowGuests: false, PreModerate: false, VoteWhileDiscussing: false);
        var opened = new OpenSession(TitleOf(), Prompt(), ["en"], settings).Decide(sessionId, TaxonomyId, TaxonomySlug, joinCode, by, at);

        var participantIds = Conversation.Votes.Select(vote => vote.VoterId)
            .Concat(Conversation.Comments.Where(comment => comment.AuthorId is not null).Select(comment => comment.AuthorId!.Value))
            .Distinct()
            .Order()
            .ToDictionary(polisId => polisId, _ => newId());
        var items = Conversation.Comments.OrderBy(comment => comment.CommentId).Select(comment => Item(sessionId, comment, participantIds, newId())).ToList();
        var itemIds = items.ToDictionary(item => ((StatementSubmitted)item.Events[0]).ExternalId!, item => item.Id, StringComparer.Ordinal);
        var participants = Participants(sessionId, participantIds, itemIds);

        var hidden = Conversation.Comments.Count(comment => comment.Moderated < 0);
        var imported = new PolisConversationImported(
            sessionId, participantIds.Count, Conversation.Comments.Count, hidden, Conversation.Votes.Count, Conversation.Files, by, at);
        var closed = new SessionClosed(
            sessionId,
            SessionPhase.Draft,
            $"Imported from a Polis export on {at:yyyy-MM-dd}: {participantIds.Count:N0} participants, {Conversation.Comments.Count:N0} comments " +
            $"({hidden:N0} moderated out) and {Conversation.Votes.Count:N0} votes. It cannot be joined or changed.",
            by,
            at);
        return new ImportedSession(sessionId, [opened, imported, closed], items, participants);
    }

    private string TitleOf()
    {
        if (!string.IsNullOrWhiteSpace(Title))
        {
            return SessionRules.Title(Title);
        }

        var topic = Conversation.Topic?.Trim() ?? "";
        return topic.Length == 0 ? DefaultTitle : topic[..Math.Min(topic.Length, SessionRules.MaxTitle)];
    }

    private string Prompt()
    {
        var description = Conversation.Description?.Trim() ?? "";
        return description[..Math.Min(description.Length, SessionRules.MaxPrompt)];
    }

    private static StreamStart Item(Guid sessionId, PolisCommentRow comment, Dictionary<int, Guid> participantIds, Guid itemId)
    {
        var author = comment.AuthorId is { } polisId ? SessionActor.Participant(participantIds[polisId], DisplayName(polisId)) : Polis;
        var submitted = new StatementSubmitted(sessionId, itemId, comment.Body, ModerationState.Accepted, author, comment.At, Id(comment.CommentId));
        return comment.Moderated < 0
            ? new StreamStart(itemId, [submitted, new ItemHidden(sessionId, itemId, "Moderated out in Polis.", Polis, comment.At)])
            : new StreamStart(itemId, [submitted]);
    }

    private List<StreamStart> Participants(Guid sessionId, Dictionary<int, Guid> participantIds, Dictionary<string, Guid> itemIds)
    {
        var votesByVoter = Conversation.Votes.GroupBy(vote => vote.VoterId).ToDictionary(voter => voter.Key, voter => voter.OrderBy(vote => vote.At).ThenBy(vote => vote.Line).ToList());
        var firstComment = Conversation.Comments.Where(comment => comment.AuthorId is not null)
            .GroupBy(comment => comment.AuthorId!.Value)
            .ToDictionary(author => author.Key, author => author.Min(comment => comment.At));
        var streams = new List<StreamStart>(participantIds.Count);
        foreach (var (polisId, participantId) in participantIds)
        {
            var votes = votesByVoter.GetValueOrDefault(polisId) ?? [];
            var joinedAt = new[] { votes.Count > 0 ? votes[0].At : (DateTimeOffset?)null, firstComment.TryGetValue(polisId, out var wrote) ? wrote : null }
                .Where(time => time is not null).Min()!.Value;
            var events = new List<ISessionEvent>(votes.Count + 1)
            {
                new ParticipantJoined(sessionId, participantId, DisplayName(polisId), null, null, null, joinedAt, Id(polisId)),
            };
            events.AddRange(votes.Select(vote => new VoteCast(
                sessionId, participantId, itemIds[Id(vote.CommentId)], ValueOf(vote.Vote), $"polis-{vote.Line.ToString(CultureInfo.InvariantCulture)}", vote.At)));
            streams.Add(new StreamStart(participantId, events));
        }

        return streams;
    }

    private static VoteValue ValueOf(int polisVote) => polisVote switch
    {
        > 0 => VoteValue.Agree,
        < 0 => VoteValue.Disagree,
        _ => VoteValue.Pass,
    };

    private static string DisplayName(int polisId) => $"Polis participant {polisId.ToString(CultureInfo.InvariantCulture)}";

    private static string Id(int polisId) => polisId.ToString(CultureInfo.InvariantCulture);
}
