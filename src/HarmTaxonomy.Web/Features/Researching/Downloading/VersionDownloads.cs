namespace HarmTaxonomy.Web.Features.Researching.Downloading;

/// <summary>
/// The stored downloads of one published version (document id = <c>{slug}@{version}</c>, like the version's own):
/// written once when they are first generated, never updated, so every later request serves the same bytes.
/// </summary>
public sealed class VersionDownloads
{
    public required string Id { get; init; }

    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>How long generating every format and the bundle took, for the logs and the benchmarks page.</summary>
    public double GenerationMilliseconds { get; init; }

    public IReadOnlyList<StoredVersionFile> Files { get; init; } = [];
}

/// <summary>One stored file: its format's extension, the name it downloads as, its SHA-256 and its bytes.</summary>
public sealed record StoredVersionFile(string Extension, string FileName, string Sha256, byte[] Content);
