using System.Text;
using Bunit;
using HarmTaxonomy.Web.Features.Researching.Browsing;
using HarmTaxonomy.Web.Features.Researching.Downloading;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Researching.Browsing;

public sealed class DownloadListTests : MudBunitContext
{
    private static readonly string[] Extensions = ["json", "csv", "ttl", "jsonld", "md", "txt", "zip"];

    public DownloadListTests() => Render<MudPopoverProvider>();

    private static VersionFileSet Files() => new("online-harms", "1.2.0", [.. Extensions.Select((extension, index) => new VersionFile(
        new VersionFormat(extension, "application/octet-stream", extension.ToUpperInvariant()),
        $"online-harms-1.2.0.{extension}",
        Encoding.UTF8.GetBytes(new string('x', 1000 * (index + 1))),
        $"{index}{new string('f', 63)}"))]);

    [Fact]
    public void Every_format_has_a_download_button_at_its_public_address_with_its_size_and_hash()
    {
        var cut = Render<DownloadList>(parameters => parameters.Add(p => p.Files, Files()));

        foreach (var extension in Extensions)
        {
            var button = cut.Find($"[data-testid='download-{extension}']");
            button.GetAttribute("href").ShouldBe(VersionFileSet.UrlOf("online-harms", "1.2.0", extension));
            button.GetAttribute("href").ShouldBe($"/api/v1/taxonomies/online-harms/versions/1.2.0.{extension}");
            button.GetAttribute("download").ShouldBe($"online-harms-1.2.0.{extension}");
        }

        cut.Find("[data-testid='download-size-json']").TextContent.ShouldBe("1000 B");
        cut.Find("[data-testid='download-size-zip']").TextContent.ShouldBe("6.8 KB");
        cut.Find("[data-testid='download-sha-csv']").TextContent.ShouldBe("1fffffffffffffff…");
    }

    [Fact]
    public void Downloads_that_cannot_be_produced_say_so_instead_of_loading_forever()
    {
        var cut = Render<DownloadList>(parameters => parameters.Add(p => p.Failed, true));

        cut.Find("[data-testid='downloads-unavailable']").TextContent.ShouldContain("Try again in a minute");
        cut.FindAll("[data-testid^='download-']").ShouldBeEmpty();
    }

    [Fact]
    public void Downloads_being_prepared_show_a_loading_bar()
    {
        var cut = Render<DownloadList>();

        cut.FindAll("[data-testid='downloads-loading']").Count.ShouldBe(1);
    }
}
