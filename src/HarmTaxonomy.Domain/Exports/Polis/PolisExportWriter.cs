using System.Globalization;
using System.IO.Compression;
using CsvHelper;

namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// Writes a <see cref="PolisExport"/> as Polis writes its export: comma-separated UTF-8 with <c>\n</c> line ends,
/// text fields (comment bodies, the topic and description) always in double quotes with inner quotes doubled, numbers
/// bare, an empty field where there is no value, and <c>summary.csv</c> as name/value rows without a header or a
/// final line break.
/// </summary>
public static class PolisExportWriter
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>The five files in a zip, at its root, in the order of <see cref="PolisFiles.InExport"/>.</summary>
    public static void WriteZip(PolisExport export, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, PolisFiles.Summary, stream => WriteSummary(export.Summary, stream));
        Entry(zip, PolisFiles.Comments, stream => WriteComments(export.Comments, stream));
        Entry(zip, PolisFiles.Votes, stream => WriteVotes(export.Votes, stream));
        Entry(zip, PolisFiles.ParticipantVotes, stream => WriteParticipantVotes(export.Participants, export.Comments.Select(comment => comment.Id), stream));
        Entry(zip, PolisFiles.CommentGroups, stream => WriteCommentGroups(export.CommentGroups, export.GroupCount, stream));
    }

    public static void WriteSummary(PolisSummary summary, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            Row(csv, "topic", summary.Topic);
            Row(csv, "url", summary.Url, quoted: false);
            Row(csv, "voters", summary.Voters);
            Row(csv, "voters-in-conv", summary.VotersInConversation);
            Row(csv, "commenters", summary.Commenters);
            Row(csv, "comments", summary.Comments);
            Row(csv, "groups", summary.Groups);
            Row(csv, "conversation-description", summary.Description);
        }

        // Polis joins the rows with line breaks: none after the last.
        destination.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length - 1));
    }

    public static void WriteComments(IEnumerable<PolisComment> comments, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(comments);
        using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader([.. PolisColumns.Comments]);
        foreach (var comment in comments)
        {
            csv.WriteField(PolisTime.Timestamp(comment.At), default);
            csv.WriteField(PolisTime.Datetime(comment.At));
            csv.WriteField(comment.Id, default);
            csv.WriteField(comment.AuthorId, default);
            csv.WriteField(comment.Agrees, default);
            csv.WriteField(comment.Disagrees, default);
            csv.WriteField(comment.Moderated, default);
            csv.WriteField(comment.Body, CsvQuoting.Always);
            csv.EndRecord();
        }
    }

    public static void WriteVotes(IEnumerable<PolisVote> votes, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(votes);
        using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader([.. PolisColumns.Votes]);
        foreach (var vote in votes)
        {
            csv.WriteField(PolisTime.Timestamp(vote.At), default);
            csv.WriteField(PolisTime.Datetime(vote.At));
            csv.WriteField(vote.CommentId, default);
            csv.WriteField(vote.VoterId, default);
            csv.WriteField(vote.Vote, default);
            csv.EndRecord();
        }
    }

    /// <param name="commentIds">Every comment, one column each, in increasing order of id as Polis orders them.</param>
    public static void WriteParticipantVotes(IEnumerable<PolisParticipantVotes> participants, IEnumerable<int> commentIds, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(commentIds);
        var columns = commentIds.Order().ToList();
        using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader([.. PolisColumns.ParticipantVotes, .. columns.Select(id => id.ToString(CultureInfo.InvariantCulture))]);
        foreach (var participant in participants.OrderBy(participant => participant.ParticipantId))
        {
            csv.WriteField(participant.ParticipantId, default);
            csv.WriteField(participant.GroupId, default);
            csv.WriteField(participant.CommentsWritten, default);
            csv.WriteField(participant.Votes.Count, default);
            csv.WriteField(participant.Agrees, default);
            csv.WriteField(participant.Disagrees, default);
            foreach (var commentId in columns)
            {
                csv.WriteField(participant.Votes.TryGetValue(commentId, out var vote) ? vote : (int?)null, default);
            }

            csv.EndRecord();
        }
    }

    /// <param name="groupCount">Groups of the analysis: four columns each. Without groups the file is its header alone, as in Polis.</param>
    public static void WriteCommentGroups(IEnumerable<PolisCommentGroups> comments, int groupCount, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(comments);
        using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader([.. PolisColumns.CommentGroups, .. Enumerable.Range(0, groupCount).SelectMany(PolisColumns.OfGroup)]);
        if (groupCount == 0)
        {
            return;
        }

        foreach (var comment in comments.OrderBy(comment => comment.CommentId))
        {
            var total = comment.Total;
            csv.WriteField(comment.CommentId, default);
            csv.WriteField(comment.Body, CsvQuoting.Always);
            csv.WriteField(total.Total, default);
            csv.WriteField(total.Agree, default);
            csv.WriteField(total.Disagree, default);
            csv.WriteField(total.Pass, default);
            for (var group = 0; group < groupCount; group++)
            {
                var votes = group < comment.ByGroup.Count ? comment.ByGroup[group] : default;
                csv.WriteField(votes.Total, default);
                csv.WriteField(votes.Agree, default);
                csv.WriteField(votes.Disagree, default);
                csv.WriteField(votes.Pass, default);
            }

            csv.EndRecord();
        }
    }

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        write(stream);
    }

    private static void Row(CsvWriter csv, string name, string value, bool quoted = true)
    {
        csv.WriteField(name);
        csv.WriteField(value, quoted ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
        csv.EndRecord();
    }

    private static void Row(CsvWriter csv, string name, int value)
    {
        csv.WriteField(name);
        csv.WriteField(value, default);
        csv.EndRecord();
    }
}
