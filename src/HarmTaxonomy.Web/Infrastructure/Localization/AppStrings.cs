namespace HarmTaxonomy.Web.Infrastructure.Localization;

/// <summary>Marker for the shared UI strings in AppStrings.resx (English) and AppStrings.es.resx (Spanish).</summary>
public sealed class AppStrings;
