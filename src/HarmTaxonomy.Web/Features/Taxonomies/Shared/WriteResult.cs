using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>
/// A write as a screen needs it: done, or refused with a message per field, or stale (someone else changed the
/// draft; their changes are listed and the person's input stays in the form for a retry).
/// </summary>
public sealed record WriteResult(WriteOutcome? Outcome, IReadOnlyDictionary<string, string> FieldErrors, StaleDraftException? Stale, string? Problem)
{
    public bool Succeeded => Outcome is not null;

    public string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);

    public static async Task<WriteResult> TryAsync(Func<Task<WriteOutcome>> write)
    {
        try
        {
            return new WriteResult(await write(), new Dictionary<string, string>(), null, null);
        }
        catch (TaxonomyRuleException refused)
        {
            return new WriteResult(null, refused.FieldErrors, null, refused.Message);
        }
        catch (StaleDraftException stale)
        {
            return new WriteResult(null, new Dictionary<string, string>(), stale, stale.Message);
        }
        catch (TaxonomyNotFoundException missing)
        {
            return new WriteResult(null, new Dictionary<string, string>(), null, missing.Message);
        }
    }
}
