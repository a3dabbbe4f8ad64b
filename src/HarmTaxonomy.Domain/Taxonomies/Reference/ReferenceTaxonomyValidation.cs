using System.Text.RegularExpressions;

namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>Checks that seed data describes a well-formed scheme before anything is recorded.</summary>
public static partial class ReferenceTaxonomyValidation
{
    public static IReadOnlyList<string> Validate(ReferenceTaxonomyContent content)
    {
        var errors = new List<string>();
        if (!SlugPattern().IsMatch(content.Slug))
        {
            errors.Add($"Slug '{content.Slug}' must be 3-60 characters of a-z, 0-9, '.' and '-'.");
        }

        Require(errors, content.Name, "name");
        Require(errors, content.Publisher, "publisher");
        Require(errors, content.Version, "version");
        Require(errors, content.Licence, "licence");
        if (!Uri.TryCreate(content.SourceUrl, UriKind.Absolute, out var source) || source.Scheme is not ("http" or "https"))
        {
            errors.Add($"Source URL '{content.SourceUrl}' must be an absolute http(s) URL.");
        }

        if (content.Categories.Count == 0)
        {
            errors.Add("A reference taxonomy needs at least one category.");
        }

        errors.AddRange(HierarchyErrors(content.Categories));
        return errors;
    }

    private static IEnumerable<string> HierarchyErrors(IReadOnlyList<ReferenceCategory> categories)
    {
        var byCode = new Dictionary<string, ReferenceCategory>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            if (string.IsNullOrWhiteSpace(category.Code) || string.IsNullOrWhiteSpace(category.Name))
            {
                yield return $"Category '{category.Code}' needs a code and a name.";
            }
            else if (!byCode.TryAdd(category.Code, category))
            {
                yield return $"Category code '{category.Code}' appears more than once.";
            }
        }

        foreach (var category in categories)
        {
            if (category.ParentCode is not null && !byCode.ContainsKey(category.ParentCode))
            {
                yield return $"Category '{category.Code}' names an unknown parent '{category.ParentCode}'.";
            }
            else if (HasCycle(category, byCode))
            {
                yield return $"Category '{category.Code}' is its own ancestor.";
            }
        }
    }

    private static bool HasCycle(ReferenceCategory category, Dictionary<string, ReferenceCategory> byCode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { category.Code };
        var parent = category.ParentCode;
        while (parent is not null && byCode.TryGetValue(parent, out var next))
        {
            if (!seen.Add(next.Code))
            {
                return true;
            }

            parent = next.ParentCode;
        }

        return false;
    }

    private static void Require(List<string> errors, string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"The {field} is required.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{2,59}$")]
    private static partial Regex SlugPattern();
}
