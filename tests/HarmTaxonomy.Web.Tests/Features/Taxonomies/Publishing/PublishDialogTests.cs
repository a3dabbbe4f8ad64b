using Bunit;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Web.Features.Taxonomies.Publishing;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Publishing;

public sealed class PublishDialogTests : CurationDialogContext
{
    private readonly Guid hate;
    private readonly Guid harassment;

    public PublishDialogTests()
    {
        hate = Builder.Add("Hate");
        harassment = Builder.Add("Harassment");
        Builder.Publish("1.0.0");
    }

    private Task OpenPublishAsync(long? expectedVersion = null, string role = Roles.Curator) =>
        OpenAsync(dialogs => PublishDialog.ShowAsync(dialogs, Builder.Summary(), expectedVersion ?? Builder.Draft.Version), role);

    [Fact]
    public async Task Nothing_changed_since_the_last_release_says_why_and_cannot_be_published()
    {
        await OpenPublishAsync();

        Provider.WaitForAssertion(() => Provider.Find("[data-testid='publish-why-not']").TextContent.ShouldBe("Nothing has changed since 1.0.0."));
        IsDisabled("publish-submit").ShouldBeTrue();
        Provider.Find("[data-testid='diff-empty']").TextContent.ShouldBe("No differences.");
    }

    [Fact]
    public async Task The_dialog_shows_the_diff_the_required_bump_and_a_prefilled_version_and_changelog()
    {
        Builder.Run(new MergeCategory(hate, harassment, "Same harm."));

        await OpenPublishAsync();

        Provider.WaitForAssertion(() => Provider.Find("[data-testid='publish-since']").TextContent.Trim().ShouldBe("Changes since 1.0.0"));
        Provider.Find("[data-testid='publish-bump'] [data-testid='bump-chip']").GetAttribute("data-bump").ShouldBe("major");
        Provider.Find("[data-testid='publish-bump-reasons']").TextContent.ShouldContain("1 category merged into another");
        Provider.Find("[data-testid='diff-group-merged']").TextContent.ShouldContain("HT-1");
        Provider.Find("input[data-testid='publish-version']").GetAttribute("value").ShouldBe("2.0.0");
        Provider.Find("textarea[data-testid='publish-changelog']").GetAttribute("value")!.ShouldContain("Merged **HT-1** Hate into **HT-2** Harassment.");
        Provider.Find("[data-testid='publish-licence']").TextContent.ShouldBe("CC-BY-4.0");
        Provider.FindAll("[data-testid='publish-why-not']").ShouldBeEmpty();
        Provider.FindAll("[data-testid='dialog-load-problem']").ShouldBeEmpty();
        Provider.FindAll("[data-testid='dialog-not-allowed']").ShouldBeEmpty();
        Provider.Find(".mud-dialog-title").TextContent.ShouldBe("Publish Online harms");
        IsDisabled("publish-submit").ShouldBeFalse();
    }

    [Fact]
    public async Task A_version_smaller_than_the_changes_allow_is_refused_next_to_the_version_field()
    {
        Builder.Run(new MergeCategory(hate, harassment, "Same harm."));
        await OpenPublishAsync();
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='publish-version']"));

        Provider.Find("input[data-testid='publish-version']").Input("1.1.0");
        Submit("publish-submit");

        Provider.WaitForAssertion(() => HelperTextOf("publish-version").ShouldContain("the smallest version allowed is 2.0.0"));
        Provider.Find("input[data-testid='publish-version']").GetAttribute("value").ShouldBe("1.1.0");
        Shown.IsCompleted.ShouldBeFalse();
        Builder.Draft.LatestVersion!.Version.ShouldBe("1.0.0");
    }

    [Fact]
    public async Task Publishing_closes_the_dialog_with_the_new_version()
    {
        Builder.Add("Extremism");
        await OpenPublishAsync();
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='publish-version']").GetAttribute("value").ShouldBe("1.1.0"));

        Submit("publish-submit");

        var outcome = await Shown.WaitAsync(TimeSpan.FromSeconds(5));
        outcome.ShouldNotBeNull();
        outcome.Events.OfType<TaxonomyVersionPublished>().Single().Version.ShouldBe("1.1.0");
        Builder.Draft.LatestVersion!.Changelog.ShouldContain("Extremism");
    }

    [Fact]
    public async Task A_stale_draft_lists_the_clash_keeps_the_input_and_publishes_after_showing_the_latest()
    {
        Builder.Add("Extremism");
        var seen = Builder.Draft.Version;
        Builder.Add("Scams");
        await OpenPublishAsync(expectedVersion: seen);
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid='publish-version']"));
        Provider.Find("input[data-testid='publish-version']").Input("1.2.0");

        Submit("publish-submit");
        Provider.WaitForAssertion(() => Provider.Find("[data-testid='stale-draft-notice']"));
        Provider.Find("[data-testid='stale-draft-reload']").Click();
        Provider.WaitForAssertion(() => Provider.FindAll("[data-testid='stale-draft-notice']").ShouldBeEmpty());
        Provider.Find("input[data-testid='publish-version']").GetAttribute("value").ShouldBe("1.2.0");
        Submit("publish-submit");

        var outcome = await Shown.WaitAsync(TimeSpan.FromSeconds(5));
        outcome!.Events.OfType<TaxonomyVersionPublished>().Single().Version.ShouldBe("1.2.0");
    }

    [Fact]
    public async Task People_who_are_not_curators_see_the_plan_but_cannot_publish()
    {
        Builder.Add("Extremism");

        await OpenPublishAsync(role: Roles.Researcher);

        Provider.WaitForAssertion(() => Provider.Find("[data-testid='dialog-not-allowed']"));
        IsDisabled("publish-submit").ShouldBeTrue();
        Provider.Find("[data-testid='diff-group-added']").TextContent.ShouldContain("Extremism");
    }
}
