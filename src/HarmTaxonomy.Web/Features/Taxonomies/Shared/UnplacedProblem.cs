namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>
/// A refusal the form has no field for (or no field at all, such as a taxonomy that vanished) still has to reach the
/// person: forms show it above their buttons instead of next to a field.
/// </summary>
public static class UnplacedProblem
{
    public static string? Of(WriteResult? result, params string[] fieldsShown)
    {
        if (result is null || result.Succeeded || result.Stale is not null)
        {
            return null;
        }

        return result.FieldErrors.Count == 0 || result.FieldErrors.Keys.Any(field => !fieldsShown.Contains(field, StringComparer.Ordinal))
            ? result.Problem
            : null;
    }
}
