namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>
/// The stored downloads of one published version (document id = <c>{slug}@{version}</c>, like the version's own):
/// written once when they are first generated, never updated, so every later request serves the same bytes. Only the
/// bundle is stored, since it holds every other format byte for byte; they are read back out of it when loaded.
/// </summary>
public sealed class VersionDownloads
{
    public required string Id { get; init; }

    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>How long generating every format and the bundle took, for the logs and the benchmarks page.</summary>
    public double GenerationMilliseconds { get; init; }

    /// <summary>Each format's file: the name it downloads as (and has inside the bundle), its size and SHA-256.</summary>
    public IReadOnlyList<StoredVersionFile> Files { get; init; } = [];

    /// <summary>The zip bundle.</summary>
    public required byte[] Bundle { get; init; }
}

/// <summary>One format's file as stored: its extension, the name it downloads as, its size and its SHA-256.</summary>
public sealed record StoredVersionFile(string Extension, string FileName, long Size, string Sha256);
