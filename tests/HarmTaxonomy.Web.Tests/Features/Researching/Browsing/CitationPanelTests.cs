using Bunit;
using HarmTaxonomy.Domain.Exports.Citation;
using HarmTaxonomy.Web.Features.Researching.Browsing;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class CitationPanelTests : MudBunitContext
{
    [Fact]
    public void The_citation_is_the_exports_own_at_the_site_s_public_address_crediting_who_published_it_without_provenance_and_the_bundle_is_linked()
    {
        Render<MudPopoverProvider>();
        var release = PublicRelease.Of(Releases.Document(Releases.Snapshot(["en"], Releases.Category("HT-1", "Hate")), "1.2.0"), [], Releases.Site);

        var cut = Render<CitationPanel>(parameters => parameters.Add(p => p.Slug, "online-harms").Add(p => p.Release, release));

        var text = cut.Find("[data-testid='citation-text']").TextContent;
        text.ShouldBe(CitationText.Of(release));
        text.ShouldBe("Cora (2026). Online harms (Version 1.2.0) [Data set]. https://harms.example/taxonomies/online-harms/versions/1.2.0");
        cut.Find("[data-testid='citation-bundle']").GetAttribute("href").ShouldBe("/api/v1/taxonomies/online-harms/versions/1.2.0.zip");
    }

    [Fact]
    public void Copying_puts_the_citation_crediting_the_curators_on_the_clipboard()
    {
        Render<MudSnackbarProvider>();
        var release = PublicRelease.Of(Releases.Document(Releases.Snapshot(["en"]), "1.0.0"), ["Ana", "Ben"], Releases.Site);
        var cut = Render<CitationPanel>(parameters => parameters.Add(p => p.Slug, "online-harms").Add(p => p.Release, release));

        cut.Find("button[data-testid='citation-copy']").Click();

        JSInterop.VerifyInvoke("harmTaxonomy.copyText").Arguments.ShouldBe([CitationText.Of(release)]);
        CitationText.Of(release).ShouldStartWith("Ana, Ben (2026). Online harms (Version 1.0.0)");
    }
}
