using System.CommandLine;

namespace HarmTaxonomy.LoadTests;

/// <summary>The command line: every option with its default and what it is for (<c>--help</c> prints them).</summary>
public static class LoadCommand
{
    public static RootCommand Create(Func<LoadSettings, CancellationToken, Task<int>> run)
    {
        var url = new Option<string>("--url") { Description = "The running app.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var participants = new Option<int>("--participants", "-n") { Description = "Participant connections to open.", DefaultValueFactory = _ => 100 };
        var observers = new Option<int>("--observers")
        {
            Description = "Extra connections that never vote and time when each vote shows in a TalliesChanged (the 'other clients').",
            DefaultValueFactory = _ => 8,
        };
        var voters = new Option<int?>("--voters") { Description = "How many of the participants vote (default: all; with --idle, 200)." };
        var rate = new Option<double>("--rate") { Description = "Votes per second in total, spread over the voters (0: none).", DefaultValueFactory = _ => 100 };
        var duration = new Option<double>("--duration") { Description = "Seconds of voting (or of holding the connections).", DefaultValueFactory = _ => 30 };
        var retryRate = new Option<double>("--retry-rate") { Description = "Fraction of votes sent twice with the same clientVoteId.", DefaultValueFactory = _ => 0.05 };
        var idle = new Option<bool>("--idle") { Description = "Connect every participant but let only --voters of them vote (at --rate)." };
        var saturate = new Option<bool>("--saturate") { Description = "Every voter sends its next vote as soon as the last is acknowledged: durable votes/s at saturation." };
        var sessionCode = new Option<string?>("--session-code") { Description = "Join this session instead of opening one (needs a session in the voting phase)." };
        var clientId = new Option<string?>("--client-id") { Description = "API client with sessions.write, sessions.read and admin (the bootstrap client has them) that opens the session and reads its results." };
        var clientSecret = new Option<string?>("--client-secret") { Description = "That client's secret." };
        var taxonomy = new Option<string>("--taxonomy") { Description = "Taxonomy slug the session is opened on.", DefaultValueFactory = _ => "community-harms-demo" };
        var items = new Option<int?>("--items") { Description = "Statements to seed (default: enough for every voter to vote on a new one each time)." };
        var serverPid = new Option<int?>("--server-pid") { Description = "The app's process id: its memory (VmRSS, VmHWM) and CPU are sampled from /proc." };
        var database = new Option<string?>("--database")
        {
            Description = "Connection string of the app's PostgreSQL: the app's commit batch sizes, and raw batched inserts at that batch size for comparison.",
        };
        var databasePid = new Option<int?>("--database-pid") { Description = "The PostgreSQL postmaster's process id: the database's CPU (with its backends) is read from /proc." };
        var rawSeconds = new Option<double>("--raw-seconds") { Description = "Seconds of raw inserts to measure.", DefaultValueFactory = _ => 5 };
        var connectConcurrency = new Option<int>("--connect-concurrency") { Description = "Joins and hub connections opened at once.", DefaultValueFactory = _ => 32 };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON on stdout (progress stays on stderr)." };
        var jsonOut = new Option<FileInfo?>("--json-out") { Description = "Also write the summary as JSON to this file." };

        var command = new RootCommand("Opens participant connections to a running HarmTaxonomy app, votes, and reports what the live-session targets ask for.")
        {
            url, participants, observers, voters, rate, duration, retryRate, idle, saturate, sessionCode, clientId, clientSecret, taxonomy, items,
            serverPid, database, databasePid, rawSeconds, connectConcurrency, json, jsonOut,
        };
        command.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out _))
            {
                result.AddError("--url must be an absolute address such as http://127.0.0.1:5080.");
            }

            if (result.GetValue(participants) < 1)
            {
                result.AddError("--participants must be at least 1.");
            }

            if (result.GetValue(retryRate) is < 0 or > 1)
            {
                result.AddError("--retry-rate is a fraction between 0 and 1.");
            }

            if (result.GetValue(sessionCode) is null && (result.GetValue(clientId) is null || result.GetValue(clientSecret) is null))
            {
                result.AddError("Give --session-code, or --client-id and --client-secret to open a session.");
            }
        });
        command.SetAction((result, cancellationToken) => run(
            new LoadSettings
            {
                Url = new Uri(result.GetValue(url)!),
                Participants = result.GetValue(participants),
                Observers = Math.Max(1, result.GetValue(observers)),
                Voters = result.GetValue(voters),
                Rate = result.GetValue(rate),
                Duration = TimeSpan.FromSeconds(result.GetValue(duration)),
                RetryRate = result.GetValue(retryRate),
                Idle = result.GetValue(idle),
                Saturate = result.GetValue(saturate),
                SessionCode = result.GetValue(sessionCode),
                ClientId = result.GetValue(clientId),
                ClientSecret = result.GetValue(clientSecret),
                Taxonomy = result.GetValue(taxonomy)!,
                Items = result.GetValue(items),
                ServerPid = result.GetValue(serverPid),
                Database = result.GetValue(database),
                DatabasePid = result.GetValue(databasePid),
                RawInsertDuration = TimeSpan.FromSeconds(result.GetValue(rawSeconds)),
                ConnectConcurrency = Math.Max(1, result.GetValue(connectConcurrency)),
                Json = result.GetValue(json),
                JsonOut = result.GetValue(jsonOut),
            },
            cancellationToken));
        return command;
    }
}
