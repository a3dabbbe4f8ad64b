using HarmTaxonomy.LoadTests.Api;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace HarmTaxonomy.LoadTests.Hub;

/// <summary>
/// One participant's connection to <c>/hubs/session</c>, as a phone would hold it: WebSockets without negotiation,
/// the participant token as the bearer. Voters get no handler for the broadcasts (the client then skips those
/// messages cheaply), so the tool's own CPU goes to sending; observers handle <c>TalliesChanged</c>.
/// </summary>
public sealed class ParticipantConnection(JoinedParticipant participant, HubConnection connection) : IAsyncDisposable
{
    public Guid ParticipantId => participant.ParticipantId;

    public HubConnection Hub => connection;

    public static async Task<(ParticipantConnection Connection, JoinSnapshot Snapshot)> OpenAsync(
        Uri appUrl, JoinedParticipant participant, Action<IReadOnlyList<HubTally>>? onTallies, CancellationToken cancellationToken)
    {
        var hubUrl = new Uri(appUrl, $"/hubs/session?sessionId={participant.SessionId}");
        var connection = new HubConnectionBuilder()
            .WithUrl(hubUrl, HttpTransportType.WebSockets, options =>
            {
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(participant.AccessToken);
            })
            .Build();
        // A loaded two-core machine can be slow to answer a ping; the run decides what is too slow, not the client.
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        connection.HandshakeTimeout = TimeSpan.FromMinutes(1);
        if (onTallies is not null)
        {
            connection.On<List<HubTally>>("TalliesChanged", onTallies);
        }

        try
        {
            await connection.StartAsync(cancellationToken);
            var snapshot = await connection.InvokeAsync<JoinSnapshot>("Join", participant.SessionId, cancellationToken);
            return (new ParticipantConnection(participant, connection), snapshot);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<VoteAck> CastVoteAsync(Guid itemId, string value, string clientVoteId, CancellationToken cancellationToken) =>
        connection.InvokeAsync<VoteAck>("CastVote", itemId, value, clientVoteId, cancellationToken);

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
