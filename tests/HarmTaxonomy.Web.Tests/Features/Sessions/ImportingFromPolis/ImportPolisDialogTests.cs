using Bunit;
using HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.ImportingFromPolis;

public sealed class ImportPolisDialogTests : MudBunitContext
{
    private readonly List<PolisImportRequest> sent = [];
    private PolisImportAttempt answer = PolisImportAttempt.Imported(Guid.CreateVersion7());

    [Fact]
    public async Task Importing_without_a_file_says_what_to_choose_and_sends_nothing()
    {
        var cut = await OpenAsync();

        cut.Find("[data-testid='import-polis-submit']").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid='import-polis-file-message']").TextContent
            .ShouldBe("Choose the zip of a Polis export, or its comments.csv and votes.csv."));
        sent.ShouldBeEmpty();
        cut.FindAll("[data-testid='import-polis-dialog']").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Comments_without_votes_name_the_missing_file_at_once()
    {
        var cut = await OpenAsync();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("timestamp", "2024-10-23-abc-comments.csv"));

        cut.WaitForAssertion(() => cut.Find("[data-testid='import-polis-file-message']").TextContent
            .ShouldBe("votes.csv is missing: choose it too, or the zip of the whole export."));
        cut.Find("[data-testid='import-polis-submit']").Click();
        sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_zip_is_sent_with_the_title_given()
    {
        var cut = await OpenAsync();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([0x50, 0x4B, 0x03, 0x04], "export.zip"));
        cut.Find("input[data-testid='import-polis-title']").Change("Harms, from Polis");
        cut.Find("[data-testid='import-polis-submit']").Click();

        cut.WaitForAssertion(() => sent.ShouldHaveSingleItem());
        sent[0].Files.Select(file => file.Name).ShouldBe(["export.zip"]);
        (sent[0].Title, sent[0].TaxonomySlug).ShouldBe(("Harms, from Polis", ""));
        cut.WaitForAssertion(() => cut.FindAll("[data-testid='import-polis-dialog']").ShouldBeEmpty());
    }

    [Fact]
    public async Task What_the_import_found_wrong_is_listed_and_the_dialog_stays_open()
    {
        answer = new PolisImportAttempt(null, null, ["votes.csv: line 12, column 5 (vote): '2' is not 1, -1 or 0"]);
        var cut = await OpenAsync();

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("timestamp", "comments.csv"), InputFileContent.CreateFromText("timestamp", "votes.csv"));
        cut.Find("[data-testid='import-polis-submit']").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid='import-polis-problems'] li").TextContent
            .ShouldBe("votes.csv: line 12, column 5 (vote): '2' is not 1, -1 or 0"));
        cut.FindAll("[data-testid='import-polis-dialog']").Count.ShouldBe(1);
        cut.FindAll("[data-testid='import-polis-file-message']").ShouldBeEmpty();
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        // A statement, not an expression: the dispatcher must not wait for the dialog to close.
        await provider.InvokeAsync(() =>
        {
            _ = ImportPolisDialog.ShowAsync(dialogs, "Import a Polis conversation", [], 1024 * 1024, "1 MB", request =>
            {
                sent.Add(request);
                return Task.FromResult(answer);
            });
        });
        return provider;
    }
}
