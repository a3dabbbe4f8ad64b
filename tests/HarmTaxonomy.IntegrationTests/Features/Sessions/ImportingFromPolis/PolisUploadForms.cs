using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using HarmTaxonomy.Domain.Exports.Polis;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.ImportingFromPolis;

/// <summary>
/// Polis exports as a test writes and reads them: a small conversation in Polis's own CSV, upload forms (two files or
/// a zip, with optional taxonomy and title), and the votes and hidden comments of an export read back by Polis id.
/// </summary>
internal static class PolisUploadForms
{
    /// <summary>Three comments (one moderated out, one with a comma, quotes and a line break) by voters 0, 4 and 7.</summary>
    public const string Comments =
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n" +
        "1700000000,Tue Nov 14 2023 22:13:20 GMT+0000 (Coordinated Universal Time),0,0,2,1,1,\"Scam calls target older people\"\n" +
        "1700000060,Tue Nov 14 2023 22:14:20 GMT+0000 (Coordinated Universal Time),1,4,1,1,1,\"Deepfakes, \"\"nudify\"\" apps\nand more\"\n" +
        "1700000120,Tue Nov 14 2023 22:15:20 GMT+0000 (Coordinated Universal Time),2,,0,1,-1,\"Buy cheap watches\"\n";

    /// <summary>Eight vote rows; voter 0 changes their mind on comment 0 (the later row, by time, counts).</summary>
    public const string Votes =
        "timestamp,datetime,comment-id,voter-id,vote\n" +
        "1700000300,x,0,0,1\n" +
        "1700000200,x,0,0,-1\n" +
        "1700000210,x,0,4,1\n" +
        "1700000220,x,0,7,-1\n" +
        "1700000230,x,1,0,1\n" +
        "1700000240,x,1,4,-1\n" +
        "1700000250,x,1,7,0\n" +
        "1700000260,x,2,7,-1\n";

    public static readonly HashSet<(int Voter, int Comment, int Vote)> LatestOfVotes =
        [(0, 0, 1), (4, 0, 1), (7, 0, -1), (0, 1, 1), (4, 1, -1), (7, 1, 0), (7, 2, -1)];

    public static MultipartFormDataContent TwoFiles(string comments = Comments, string votes = Votes, string? taxonomy = null, string? title = null) =>
        Form([("comments.csv", "comments.csv", Encoding.UTF8.GetBytes(comments)), ("votes.csv", "votes.csv", Encoding.UTF8.GetBytes(votes))], taxonomy, title);

    public static MultipartFormDataContent OneZip(byte[] zip, string field = "export", string fileName = "polis-export.zip") =>
        Form([(field, fileName, zip)], null, null);

    public static MultipartFormDataContent Form(IEnumerable<(string Field, string FileName, byte[] Content)> files, string? taxonomy, string? title)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, fileName, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip" : "text/csv");
            form.Add(part, field, fileName);
        }

        if (taxonomy is not null)
        {
            form.Add(new StringContent(taxonomy), "taxonomy");
        }

        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        return form;
    }

    public static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Each file of a zip by name, as text.</summary>
    public static Dictionary<string, string> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    /// <summary>Each voter's vote per comment that counts in Polis: the latest by time, equal times by line.</summary>
    public static HashSet<(int Voter, int Comment, int Vote)> LatestVotes(string votesCsv) =>
    [
        .. votesCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select((line, index) => (Fields: line.Split(','), Line: index))
            .Select(row => (At: long.Parse(row.Fields[0], CultureInfo.InvariantCulture), row.Line, Comment: Int(row.Fields[2]), Voter: Int(row.Fields[3]), Vote: Int(row.Fields[4])))
            .GroupBy(vote => (vote.Voter, vote.Comment))
            .Select(cell => cell.OrderBy(vote => vote.At).ThenBy(vote => vote.Line).Last())
            .Select(vote => (vote.Voter, vote.Comment, vote.Vote)),
    ];

    /// <summary>The comment ids that a comments.csv says are moderated out.</summary>
    public static async Task<List<int>> HiddenAsync(string commentsCsv)
    {
        var comments = await PolisExportReader.ReadCommentsAsync(new MemoryStream(Encoding.UTF8.GetBytes(commentsCsv)), new PolisImportProblems(), default);
        return [.. comments.Where(comment => comment.Moderated < 0).Select(comment => comment.CommentId).Order()];
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
