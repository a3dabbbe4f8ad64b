using System.Net.Http.Json;
using System.Text.Json;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using Microsoft.AspNetCore.SignalR.Client;

namespace HarmTaxonomy.EndToEndTests.Journeys;

/// <summary>
/// A participant played by the test as an outside client would: joins by code through <c>POST /api/v1/sessions/join</c>
/// and votes through the session hub over the app's real socket, so a browser watching the session sees what any
/// crowd of phones would cause.
/// </summary>
public sealed class ScriptedVoter : IAsyncDisposable
{
    private readonly HubConnection connection;

    private ScriptedVoter(HubConnection connection) => this.connection = connection;

    public static async Task<ScriptedVoter> JoinAsync(Uri baseAddress, string joinCode, string displayName)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var response = await http.PostAsJsonAsync("/api/v1/sessions/join", new { joinCode, displayName });
        response.EnsureSuccessStatusCode();
        var joined = await response.Content.ReadFromJsonAsync<JsonElement>();
        var sessionId = joined.GetProperty("sessionId").GetGuid();
        var token = joined.GetProperty("accessToken").GetString();
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, $"{SessionHub.Path}?sessionId={sessionId}"), options => options.AccessTokenProvider = () => Task.FromResult(token))
            .Build();
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>(nameof(SessionHub.Join), sessionId);
        return new ScriptedVoter(connection);
    }

    /// <summary>Votes and waits for the acknowledgement, which comes once the vote is committed.</summary>
    public async Task VoteAsync(Guid itemId, string value)
    {
        var ack = await connection.InvokeAsync<JsonElement>(nameof(SessionHub.CastVote), itemId, value, Guid.NewGuid().ToString("N"));
        ack.GetProperty("accepted").GetBoolean().ShouldBeTrue();
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
