using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

/// <summary>The app's own strings, for the pure preview builders (which speak the person's language).</summary>
public static class EnglishStrings
{
    public static IStringLocalizer<AppStrings> Localizer { get; } = new ServiceCollection()
        .AddLogging()
        .AddLocalization()
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<AppStrings>>();
}
