using System.Globalization;

namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// Proposes a notation from a new category's position: HT-3 for the third top-level category, HT-3.2 for the
/// second child of HT-3. Notations are stable once given (citations rely on them); a curator may renumber.
/// </summary>
public static class NotationGenerator
{
    public const string Prefix = "HT-";

    public static string Next(TaxonomyDraft draft, Guid? parentId, IReadOnlySet<string>? reserved = null)
    {
        var stem = parentId is { } id && draft.Find(id) is { } parent ? parent.Notation + "." : Prefix;
        var number = draft.ChildrenOf(parentId).Count + 1;
        while (draft.NotationOwner(Format(stem, number)) is not null || reserved?.Contains(Format(stem, number)) == true)
        {
            number++;
        }

        return Format(stem, number);
    }

    private static string Format(string stem, int number) => stem + number.ToString(CultureInfo.InvariantCulture);
}
