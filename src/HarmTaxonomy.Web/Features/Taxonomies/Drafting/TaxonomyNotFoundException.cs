namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>No taxonomy has the slug (or id) a request named.</summary>
public sealed class TaxonomyNotFoundException : Exception
{
    public TaxonomyNotFoundException(string slug)
        : base($"No taxonomy has the slug '{slug}'.")
    {
        Slug = slug;
    }

    public TaxonomyNotFoundException()
        : this("")
    {
    }

    public TaxonomyNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Slug = "";
    }

    public string Slug { get; }
}
