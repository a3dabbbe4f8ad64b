using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>A release number MAJOR.MINOR.PATCH (no pre-release tags: published versions are final).</summary>
public readonly record struct SemanticVersion(int Major, int Minor, int Patch) : IComparable<SemanticVersion>
{
    public static SemanticVersion Initial { get; } = new(1, 0, 0);

    public static bool TryParse([NotNullWhen(true)] string? text, out SemanticVersion version)
    {
        version = default;
        var parts = text?.Split('.');
        if (parts is not { Length: 3 } || !parts.All(IsNumber))
        {
            return false;
        }

        version = new SemanticVersion(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture));
        return true;

        // No leading zeros, no signs, and small enough for an int: "01.2.3" and "+1.2.3" are not versions.
        static bool IsNumber(string part) =>
            part.Length is > 0 and <= 9 && part.All(char.IsAsciiDigit) && (part == "0" || part[0] != '0');
    }

    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a MAJOR.MINOR.PATCH version.");

    public SemanticVersion Next(VersionBump bump) => bump switch
    {
        VersionBump.Major => new SemanticVersion(Major + 1, 0, 0),
        VersionBump.Minor => new SemanticVersion(Major, Minor + 1, 0),
        _ => new SemanticVersion(Major, Minor, Patch + 1),
    };

    /// <summary>The smallest change from this version to <paramref name="later"/>.</summary>
    public VersionBump BumpTo(SemanticVersion later) =>
        later.Major > Major ? VersionBump.Major : later.Minor > Minor ? VersionBump.Minor : VersionBump.Patch;

    public int CompareTo(SemanticVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
