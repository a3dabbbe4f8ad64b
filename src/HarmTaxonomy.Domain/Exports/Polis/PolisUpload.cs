using System.IO.Compression;

namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// A file someone uploaded for an import: its name (a file name, else the form field's name) and a way to open it.
/// The reader disposes each stream it opens.
/// </summary>
public sealed record PolisUpload(string Name, Func<Stream> Open);

/// <summary>
/// Turns uploaded files into a checked <see cref="PolisConversation"/>: each file is recognised by its name
/// (<see cref="PolisFiles.Classify"/>), a zip (by its name or its first bytes) by the names of the files inside it,
/// wherever they sit in it. comments.csv and votes.csv are required, summary.csv is read when present, and every
/// other file is passed over. Any problem, in any file, ends in one <see cref="PolisImportException"/> naming them all.
/// </summary>
public static class PolisUploads
{
    /// <summary>No file of a Polis export comes near this once unzipped; a zip that claims more is refused rather than inflated.</summary>
    public const long MaxUnzippedBytes = 2L * 1024 * 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public static async Task<PolisConversation> ReadAsync(IReadOnlyList<PolisUpload> uploads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        var problems = new PolisImportProblems();
        var zips = new List<ZipArchive>();
        var opened = new List<Stream>();
        try
        {
            var found = new Dictionary<PolisFileKind, Source>();
            var names = new List<string>();
            foreach (var upload in uploads)
            {
                var stream = upload.Open();
                opened.Add(stream);
                if (await IsZipAsync(upload.Name, stream, cancellationToken))
                {
                    ZipArchive zip;
                    try
                    {
                        zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
                    }
                    catch (InvalidDataException unreadable)
                    {
                        problems.Add(upload.Name, 0, null, null, $"{upload.Name} is not a zip that can be read: {unreadable.Message}");
                        continue;
                    }

                    zips.Add(zip);
                    names.Add(upload.Name);
                    foreach (var entry in zip.Entries.Where(entry => entry.Name.Length > 0))
                    {
                        Take(found, problems, PolisFiles.Classify(entry.FullName), new Source($"{upload.Name}/{entry.FullName}", () => OpenEntry(entry)));
                    }
                }
                else
                {
                    names.Add(upload.Name);
                    Take(found, problems, PolisFiles.Classify(upload.Name), new Source(upload.Name, () => stream));
                }
            }

            foreach (var required in new[] { PolisFileKind.Comments, PolisFileKind.Votes })
            {
                if (!found.ContainsKey(required))
                {
                    var name = PolisFiles.NameOf(required);
                    problems.Add(name, 0, null, null, $"{name} is missing: upload it (or the zip of the whole Polis export) as a file whose name ends in {name}");
                }
            }

            problems.ThrowIfAny();
            var comments = await ReadAsync(found[PolisFileKind.Comments], stream => PolisExportReader.ReadCommentsAsync(stream, problems, cancellationToken));
            var commentIds = comments.Select(comment => comment.CommentId).ToHashSet();
            var votes = await ReadAsync(found[PolisFileKind.Votes], stream => PolisExportReader.ReadVotesAsync(stream, commentIds, problems, cancellationToken));
            var (topic, description) = found.TryGetValue(PolisFileKind.Summary, out var summary)
                ? await ReadAsync(summary, stream => PolisExportReader.ReadSummaryAsync(stream, problems, cancellationToken))
                : (null, null);
            problems.ThrowIfAny();
            return new PolisConversation(comments, votes, topic, description, names);
        }
        finally
        {
            foreach (var zip in zips)
            {
                zip.Dispose();
            }

            foreach (var stream in opened)
            {
                await stream.DisposeAsync();
            }
        }
    }

    private static void Take(Dictionary<PolisFileKind, Source> found, PolisImportProblems problems, PolisFileKind kind, Source source)
    {
        if (kind is PolisFileKind.Other or PolisFileKind.ParticipantVotes or PolisFileKind.CommentGroups)
        {
            // Derived from the votes (or not Polis's at all): nothing to import from them.
            return;
        }

        if (found.TryGetValue(kind, out var first))
        {
            var name = PolisFiles.NameOf(kind);
            problems.Add(name, 0, null, null, $"two files are {name}: {first.Name} and {source.Name}; upload one");
            return;
        }

        found[kind] = source;
    }

    private static async Task<T> ReadAsync<T>(Source source, Func<Stream, Task<T>> read)
    {
        var stream = source.Open();
        await using (stream)
        {
            return await read(stream);
        }
    }

    private static Stream OpenEntry(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxUnzippedBytes)
        {
            var name = PolisFiles.NameOf(PolisFiles.Classify(entry.FullName));
            throw new PolisImportException([new PolisImportProblem(name, 0, null, null, $"{entry.FullName} is {entry.Length:N0} bytes once unzipped; at most {MaxUnzippedBytes:N0} are read")]);
        }

        return entry.Open();
    }

    private static async Task<bool> IsZipAsync(string name, Stream stream, CancellationToken cancellationToken)
    {
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!stream.CanSeek)
        {
            return false;
        }

        var start = new byte[ZipSignature.Length];
        var read = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken);
        stream.Position = 0;
        return read == start.Length && start.AsSpan().SequenceEqual(ZipSignature);
    }

    private sealed record Source(string Name, Func<Stream> Open);
}
