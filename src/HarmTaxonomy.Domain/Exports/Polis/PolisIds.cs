using System.Globalization;

namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// Pseudonymous integer ids for an export: the Polis ids things came with when every one of them has one (a session
/// imported from Polis keeps its voter and comment ids), otherwise 0, 1, 2, … in the order given.
/// </summary>
public static class PolisIds
{
    public static IReadOnlyDictionary<Guid, int> Assign<T>(IEnumerable<T> things, Func<T, Guid> idOf, Func<T, string?> externalIdOf)
    {
        ArgumentNullException.ThrowIfNull(things);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentNullException.ThrowIfNull(externalIdOf);
        var ordered = things.ToList();
        var external = ordered.Select(thing => Parse(externalIdOf(thing))).ToList();
        var keepExternal = external.All(id => id is not null) && external.Distinct().Count() == external.Count;
        var ids = new Dictionary<Guid, int>(ordered.Count);
        for (var index = 0; index < ordered.Count; index++)
        {
            ids[idOf(ordered[index])] = keepExternal ? external[index]!.Value : index;
        }

        return ids;
    }

    /// <summary>A Polis id: a whole number from 0, written without sign, spaces or leading zeros' meaning.</summary>
    public static int? Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
