using System.Globalization;
using Bunit;
using HarmTaxonomy.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.Web.Tests.Components.Layout;

/// <summary>The app bar on pages rendered without a circuit (the account pages): no control that needs one.</summary>
public sealed class StaticAppBarTests : MudBunitContext
{
    public StaticAppBarTests() => SetRendererInfo(new RendererInfo("Static", isInteractive: false));

    [Fact]
    public void The_language_menu_becomes_a_link_to_the_other_language_that_comes_back_here()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/account/login?ReturnUrl=%2Ftaxonomies");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            var cut = Render<LanguageSwitcher>();

            cut.Find("[data-testid='language-es']").GetAttribute("href")
                .ShouldBe("/culture/set?culture=es&redirectUri=%2Faccount%2Flogin%3FReturnUrl%3D%252Ftaxonomies");
            cut.FindAll("[data-testid='language-en']").ShouldBeEmpty();
            cut.FindAll("[data-testid='language-switcher']").ShouldBeEmpty();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_theme_toggle_is_left_out()
    {
        var cut = Render<ThemeToggle>(parameters => parameters.Add(p => p.IsDark, false));

        cut.FindAll("[data-testid='theme-toggle']").ShouldBeEmpty();
    }
}
