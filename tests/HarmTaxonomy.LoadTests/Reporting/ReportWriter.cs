using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HarmTaxonomy.LoadTests.Reporting;

/// <summary>Prints a report for people (a few aligned lines) or for scripts (indented JSON).</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ToJson(LoadReport report) => JsonSerializer.Serialize(report, Json);

    public static string ToText(LoadReport report)
    {
        var text = new StringBuilder();
        void Line(string name, FormattableString value) => text.Append(CultureInfo.InvariantCulture, $"{name,-28}").AppendLine(value.ToString(CultureInfo.InvariantCulture));

        var shape = report.Shape;
        var votes = report.Votes;
        Line("mode", $"{report.Mode}: {shape.Participants:N0} participants ({shape.Voters:N0} voting) + {shape.Observers} observers, {shape.Items} items, {(report.Mode == "saturate" ? "as fast as acks allow" : $"{shape.Rate:N0} votes/s")} for {shape.DurationSeconds:0} s, retry rate {shape.RetryRate:P0}");
        Line("session", $"{shape.SessionId}");
        Line("machine", $"{report.Machine.Cores} cores, load average {report.Machine.LoadAverageBefore} before, {report.Machine.LoadAverageAfter} after");
        Line("joined / connected", $"{report.Setup.Connections:N0} in {report.Setup.JoinSeconds:0.0} s ({report.Setup.JoinsPerSecond:N0} joins/s), hub connections in {report.Setup.ConnectSeconds:0.0} s");
        Line("sent", $"{votes.Sent:N0} votes ({votes.SentPerSecond:N0}/s) + {votes.RetriesSent:N0} retries with the same clientVoteId");
        Line("acknowledged", $"{votes.Accepted:N0} new, {votes.Duplicates:N0} duplicates, {votes.AcknowledgedUnique:N0} unique votes ({votes.AcknowledgedPerSecond:N0}/s durable)");
        Line("counted (results)", $"{(votes.Counted is { } counted ? counted.ToString("N0", CultureInfo.InvariantCulture) : "not read (no API client)")}{(votes.CountedEqualsAcknowledged switch { true => " = acknowledged", false => " ≠ acknowledged: MISMATCH", null => "" })}");
        Line("first attempts seen as dup", $"{votes.FirstAttemptsAnsweredDuplicate:N0}");
        Line("errors", $"{votes.Failed:N0}{(votes.Errors.Count == 0 ? "" : " (" + string.Join(", ", votes.Errors.Select(error => $"{error.Key}: {error.Value:N0}")) + ")")}");
        Line("ack latency", $"{report.AckLatency}");
        Line("retry ack latency", $"{report.RetryAckLatency}");
        Line("vote → TalliesChanged", $"{report.TallyLatency}; {report.VotesNotSeenInTallies:N0} never seen");
        if (report.ServerMemory is { } memory)
        {
            Line("server memory (RSS)", $"{memory.StartRssMiB:N0} MiB before, peak {memory.PeakRssMiB:N0} MiB during the run, VmHWM {memory.PeakSinceStartMiB:N0} MiB");
            Line("server CPU while voting", $"{report.ServerCpuCores:0.00} cores");
        }

        if (report.DatabaseCpuCores is { } databaseCores)
        {
            Line("PostgreSQL CPU while voting", $"{databaseCores:0.00} cores");
        }

        Line("load tool CPU while voting", $"{report.ClientCpuCores:0.00} cores");
        if (report.CommitBatches is { } batches)
        {
            Line("app commit batches", $"{batches.Votes:N0} vote events in {batches.Batches:N0} transactions: mean {batches.MeanBatch:0.0}, largest {batches.LargestBatch:N0}");
        }

        if (report.RawInserts is { } raw)
        {
            Line("raw batched inserts", $"{raw.DurableRowsPerSecond:N0} rows/s (batch {raw.BatchSize}, {raw.Writers} writer); temporary table {raw.TemporaryTableRowsPerSecond:N0} rows/s");
        }

        if (report.DurableToRawRatio is { } ratio)
        {
            Line("durable votes / raw rows", $"{ratio:0.00}");
        }

        return text.ToString();
    }
}
