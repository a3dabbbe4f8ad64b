namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>The kinds of content or behaviour a harm category applies to.</summary>
public static class Modality
{
    public const string Text = "text";
    public const string Image = "image";
    public const string Audio = "audio";
    public const string Video = "video";
    public const string Agentic = "agentic";

    public static IReadOnlyList<string> All { get; } = [Text, Image, Audio, Video, Agentic];

    public static bool IsKnown(string modality) => All.Contains(modality, StringComparer.Ordinal);

    /// <summary>Known modalities in their canonical order, without repeats, so equal sets compare equal.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string> modalities)
    {
        var wanted = modalities.ToHashSet(StringComparer.Ordinal);
        return All.Where(wanted.Contains).ToArray();
    }
}
