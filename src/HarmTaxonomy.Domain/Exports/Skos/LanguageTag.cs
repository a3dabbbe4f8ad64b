using System.Text.RegularExpressions;

namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>The Turtle grammar's LANGTAG; a tag outside it would make the whole file unreadable, so it is refused early.</summary>
public static partial class LanguageTag
{
    [GeneratedRegex("^[a-zA-Z]+(-[a-zA-Z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string? tag) => tag is not null && Pattern().IsMatch(tag);

    public static string Checked(string tag) =>
        IsValid(tag) ? tag : throw new ArgumentException($"'{tag}' is not a language tag (letters, then hyphen-separated letters or digits).", nameof(tag));
}
