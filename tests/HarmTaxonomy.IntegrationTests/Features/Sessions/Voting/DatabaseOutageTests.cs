using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Npgsql;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Voting;

/// <summary>
/// While PostgreSQL cannot be reached no vote is acknowledged, and a client that retries with the same client vote id
/// is counted once when it can be reached again. The outage is made on this class's own database only (it stops
/// taking connections and its connections are ended), never on the cluster other tests share.
/// </summary>
public sealed class DatabaseOutageTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private const int MaxRetries = 20;

    [Fact]
    public async Task Votes_are_not_acknowledged_while_the_database_is_unreachable_and_a_retry_counts_once()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var session = await facilitator.OpenWithStatementsAsync(2);
        await using var ana = await LiveParticipant.JoinAsync(app, session.JoinCode, "Ana");
        (await ana.CastVoteAsync(session.Items[0], "agree")).ShouldBeRecorded();

        HubException refused;
        await CutOffAsync();
        try
        {
            refused = await Should.ThrowAsync<HubException>(() => ana.CastVoteAsync(session.Items[1], "disagree", "during-outage"));
        }
        finally
        {
            await ReconnectAsync();
        }

        refused.Refusal().ShouldStartWith("[unavailable] clientVoteId: ");
        refused.Refusal().ShouldContain("same clientVoteId");
        var retried = await RetryAsync(() => ana.CastVoteAsync(session.Items[1], "disagree", "during-outage"));
        retried.ShouldBeRecorded(duplicate: false);
        (await ana.CastVoteAsync(session.Items[1], "disagree", "during-outage")).ShouldBeRecorded(duplicate: true);
        var results = await ResultsAfterOutageAsync(facilitator, session.Id);
        results.Votes.ShouldBe(2);
        results.Items[session.Items[0]].ShouldBe((1, 0, 0));
        results.Items[session.Items[1]].ShouldBe((0, 1, 0));
    }

    // Connections the pool still holds were ended during the outage: a client retries, as the hub tells it to.
    private static async Task<System.Text.Json.JsonElement> RetryAsync(Func<Task<System.Text.Json.JsonElement>> vote)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await vote();
            }
            catch (HubException notRecorded) when (attempt < MaxRetries && notRecorded.Refusal().StartsWith("[unavailable]", StringComparison.Ordinal))
            {
            }
        }
    }

    // Other requests meet the ended connections too (the token check reads the database): a tool asks again.
    private static async Task<SessionResults> ResultsAfterOutageAsync(SessionApiCaller facilitator, Guid sessionId)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await facilitator.GetAsync($"{SessionApiCaller.Route}/{sessionId}/results");
            if (response.StatusCode != System.Net.HttpStatusCode.InternalServerError || attempt == MaxRetries)
            {
                response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
                return SessionResults.From(await response.JsonAsync());
            }
        }
    }

    private Task CutOffAsync() => AdministerAsync(
        $"alter database \"{DatabaseName}\" allow_connections false",
        $"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{DatabaseName}' and pid <> pg_backend_pid()");

    private Task ReconnectAsync() => AdministerAsync($"alter database \"{DatabaseName}\" allow_connections true");

    private string DatabaseName => new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;

    private async Task AdministerAsync(params string[] statements)
    {
        var builder = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
