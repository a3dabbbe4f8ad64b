using System.Text.Json;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions;

/// <summary>
/// A real SignalR client on <c>/hubs/session</c> with a participant token, recording every server message as the JSON
/// it arrived as. <see cref="NextAsync"/> waits (with a timeout, never a sleep) for a message matching a condition,
/// including one that arrived before the call.
/// </summary>
public sealed class LiveParticipant : IAsyncDisposable
{
    /// <summary>How long a test waits for a message before it fails; generous, as two cores build and test at once.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static readonly string[] Messages =
    [
        SessionHubEvents.TalliesChanged, SessionHubEvents.ItemAdded, SessionHubEvents.ItemModerated, SessionHubEvents.CommentAdded,
        SessionHubEvents.PhaseChanged, SessionHubEvents.PresenceChanged, SessionHubEvents.ProposalAccepted, SessionHubEvents.AnalysisUpdated,
    ];

    private readonly Lock sync = new();
    private readonly List<(string Name, JsonElement Payload)> received = [];
    private readonly List<(string Name, Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Found)> waiting = [];

    private LiveParticipant(HubConnection connection, JoinedSession joined)
    {
        Connection = connection;
        Joined = joined;
        foreach (var name in Messages)
        {
            connection.On<JsonElement>(name, payload => Record(name, payload));
        }
    }

    public HubConnection Connection { get; }

    public JoinedSession Joined { get; }

    public Guid ParticipantId => Joined.ParticipantId;

    /// <summary>What <c>Join</c> answered.</summary>
    public JsonElement Snapshot { get; private set; }

    /// <summary>A hub connection to <c>/hubs/session?sessionId=…</c> through the test server, long polling as a phone behind a strict proxy would.</summary>
    public static HubConnection Build(TestServer server, Guid sessionId, string? token, bool tokenInQuery = false)
    {
        var query = $"sessionId={sessionId}" + (tokenInQuery && token is not null ? $"&access_token={Uri.EscapeDataString(token)}" : "");
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, $"{SessionHub.Path}?{query}"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                if (!tokenInQuery)
                {
                    options.AccessTokenProvider = () => Task.FromResult(token);
                }
            })
            .Build();
    }

    /// <summary>Joins by code through the API as a guest, connects and calls <c>Join</c>.</summary>
    public static async Task<LiveParticipant> JoinAsync(WebApplicationFactory<Program> app, string joinCode, string displayName)
    {
        var joined = await SessionApiCaller.JoinAsync(app.CreateClient(), joinCode, displayName);
        return await ConnectAsync(app.Server, joined);
    }

    public static async Task<LiveParticipant> ConnectAsync(TestServer server, JoinedSession joined, bool join = true)
    {
        var participant = new LiveParticipant(Build(server, joined.SessionId, joined.AccessToken), joined);
        await participant.Connection.StartAsync();
        if (join)
        {
            participant.Snapshot = await participant.Connection.InvokeAsync<JsonElement>(nameof(SessionHub.Join), joined.SessionId);
        }

        return participant;
    }

    /// <summary>Votes and returns the ack (<c>{ accepted, duplicate }</c>); a new client vote id unless one is given.</summary>
    public Task<JsonElement> CastVoteAsync(Guid itemId, string value, string? clientVoteId = null) =>
        Connection.InvokeAsync<JsonElement>(nameof(SessionHub.CastVote), itemId, value, clientVoteId ?? Guid.NewGuid().ToString("N"));

    /// <summary>How many messages arrived so far: pass it to <see cref="NextAsync"/> to wait only for later ones.</summary>
    public int Mark()
    {
        lock (sync)
        {
            return received.Count;
        }
    }

    /// <summary>
    /// The first <paramref name="message"/> that <paramref name="match"/> accepts, among those received already (from the
    /// <paramref name="since"/>th message on) or still to come.
    /// </summary>
    public async Task<JsonElement> NextAsync(string message, Func<JsonElement, bool>? match = null, int since = 0)
    {
        var condition = match ?? (_ => true);
        var found = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (sync)
        {
            foreach (var (name, payload) in received.Skip(since))
            {
                if (name == message && condition(payload))
                {
                    return payload;
                }
            }

            waiting.Add((message, condition, found));
        }

        try
        {
            return await found.Task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException(
                $"No matching {message} within {Patience.TotalSeconds:0} s; received: {string.Join(", ", Received(message).Select(payload => payload.GetRawText()))}");
        }
    }

    public IReadOnlyList<JsonElement> Received(string message)
    {
        lock (sync)
        {
            return [.. received.Where(entry => entry.Name == message).Select(entry => entry.Payload)];
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private void Record(string name, JsonElement payload)
    {
        List<TaskCompletionSource<JsonElement>> satisfied = [];
        lock (sync)
        {
            received.Add((name, payload));
            foreach (var waiter in waiting.Where(waiter => waiter.Name == name && waiter.Match(payload)).ToList())
            {
                waiting.Remove(waiter);
                satisfied.Add(waiter.Found);
            }
        }

        foreach (var found in satisfied)
        {
            found.TrySetResult(payload);
        }
    }
}

/// <summary>Reading hub answers and refusals.</summary>
public static class HubAnswers
{
    /// <summary>
    /// The refusal as the hub wrote it, <c>[kind] field: message</c>. SignalR hands a client a hub error as
    /// “An unexpected error occurred invoking '…' on the server. HubException: …”; the refusal is what follows.
    /// </summary>
    public static string Refusal(this HubException error)
    {
        const string marker = "HubException: ";
        var at = error.Message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? error.Message : error.Message[(at + marker.Length)..];
    }

    /// <summary>The tally of <paramref name="itemId"/> in a <c>TalliesChanged</c> payload or a snapshot's tallies, or null.</summary>
    public static (int Agree, int Disagree, int Pass)? TallyOf(this JsonElement tallies, Guid itemId) =>
        tallies.EnumerateArray().Where(tally => tally.GetProperty("itemId").GetGuid() == itemId)
            .Select(tally => ((int Agree, int Disagree, int Pass)?)(tally.GetProperty("agree").GetInt32(), tally.GetProperty("disagree").GetInt32(), tally.GetProperty("pass").GetInt32()))
            .FirstOrDefault();

    public static bool Shows(this JsonElement tallies, Guid itemId, int agree, int disagree, int pass) => tallies.TallyOf(itemId) == (agree, disagree, pass);

    public static void ShouldBeRecorded(this JsonElement ack, bool duplicate = false)
    {
        ack.GetProperty("accepted").GetBoolean().ShouldBeTrue();
        ack.GetProperty("duplicate").GetBoolean().ShouldBe(duplicate);
    }
}
