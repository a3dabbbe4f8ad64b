using Bunit;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Taxonomies.Governing;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Governing;

public sealed class EditAcceptanceRuleDialogTests : CurationDialogContext
{
    private Task OpenEditAsync(long? expectedVersion = null, string role = Roles.Curator) =>
        OpenAsync(dialogs => EditAcceptanceRuleDialog.ShowAsync(dialogs, Builder.Summary(), expectedVersion ?? Builder.Draft.Version), role);

    private string ValueOf(string testId) => Provider.Find($"input[data-testid='{testId}']").GetAttribute("value") ?? "";

    // The figures update as they are typed; the reason when the field is left.
    private void Enter(string testId, string value) => Provider.Find($"input[data-testid='{testId}']").Input(value);

    [Fact]
    public async Task The_form_starts_from_the_rule_in_force_with_agreement_in_percent()
    {
        await OpenEditAsync();

        Provider.WaitForAssertion(() => ValueOf("acceptance-rule-consensus").ShouldBe("0.4"));
        ValueOf("acceptance-rule-agreement").ShouldBe("60");
        ValueOf("acceptance-rule-group-size").ShouldBe("5");
        Provider.Find("[data-testid='acceptance-rule-preview']").TextContent.Trim()
            .ShouldBe("Proposals will be checked against: Group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members");
        IsDisabled("acceptance-rule-save").ShouldBeFalse();
    }

    [Fact]
    public async Task Publishing_stores_the_agreement_as_a_share_and_closes_with_the_outcome()
    {
        await OpenEditAsync();
        Provider.WaitForAssertion(() => ValueOf("acceptance-rule-consensus").ShouldBe("0.4"));

        Enter("acceptance-rule-consensus", "0.5");
        Enter("acceptance-rule-agreement", "75");
        Enter("acceptance-rule-group-size", "8");
        Provider.Find("input[data-testid='acceptance-rule-reason']").Change("A larger community now");
        Submit("acceptance-rule-save");

        var outcome = await Shown.WaitAsync(TimeSpan.FromSeconds(5));
        outcome.ShouldNotBeNull().Events.ShouldHaveSingleItem().ShouldBeOfType<AcceptanceRulePublished>().Reason.ShouldBe("A larger community now");
        Builder.Draft.AcceptanceRule.ShouldBe(new AcceptanceRule(0.5, 0.75, 8));
    }

    [Fact]
    public async Task Figures_beyond_the_range_are_brought_back_into_it()
    {
        await OpenEditAsync();
        Provider.WaitForAssertion(() => ValueOf("acceptance-rule-consensus").ShouldBe("0.4"));

        Enter("acceptance-rule-consensus", "1.5");
        Enter("acceptance-rule-agreement", "120");
        Enter("acceptance-rule-group-size", "0");

        Provider.WaitForAssertion(() => ValueOf("acceptance-rule-consensus").ShouldBe("1"));
        ValueOf("acceptance-rule-agreement").ShouldBe("100");
        ValueOf("acceptance-rule-group-size").ShouldBe("1");
    }

    [Fact]
    public async Task Missing_figures_are_named_next_to_their_fields_and_nothing_is_published()
    {
        await OpenEditAsync();
        Provider.WaitForAssertion(() => ValueOf("acceptance-rule-consensus").ShouldBe("0.4"));

        Enter("acceptance-rule-consensus", "");
        Enter("acceptance-rule-agreement", "");
        Enter("acceptance-rule-group-size", "");
        Submit("acceptance-rule-save");

        Provider.WaitForAssertion(() => HelperTextOf("acceptance-rule-consensus").ShouldBe("Enter a number from 0 to 1, such as 0.4."));
        HelperTextOf("acceptance-rule-agreement").ShouldBe("Enter a percentage from 0 to 100, such as 60.");
        HelperTextOf("acceptance-rule-group-size").ShouldBe("Enter a whole number from 1 to 1000.");
        Provider.FindAll("[data-testid='acceptance-rule-preview']").ShouldBeEmpty();
        Shown.IsCompleted.ShouldBeFalse();
        Drafts.Executed.ShouldBeEmpty();
        Builder.Draft.AcceptanceRule.ShouldBeNull();
    }

    [Fact]
    public async Task A_stale_draft_lists_the_clash_keeps_the_figures_and_publishes_after_showing_the_latest()
    {
        var seen = Builder.Draft.Version;
        Builder.Add("Scams");
        await OpenEditAsync(expectedVersion: seen);
        Provider.WaitForAssertion(() => ValueOf("acceptance-rule-consensus").ShouldBe("0.4"));
        Enter("acceptance-rule-agreement", "70");

        Submit("acceptance-rule-save");
        Provider.WaitForAssertion(() => Provider.Find("[data-testid='stale-draft-notice']"));
        Builder.Draft.AcceptanceRule.ShouldBeNull();
        Provider.Find("[data-testid='stale-draft-reload']").Click();
        Provider.WaitForAssertion(() => Provider.FindAll("[data-testid='stale-draft-notice']").ShouldBeEmpty());
        ValueOf("acceptance-rule-agreement").ShouldBe("70");
        Submit("acceptance-rule-save");

        (await Shown.WaitAsync(TimeSpan.FromSeconds(5))).ShouldNotBeNull();
        Builder.Draft.AcceptanceRule.ShouldBe(new AcceptanceRule(0.4, 0.7, 5));
    }

    [Fact]
    public async Task Publishing_the_rule_already_published_changes_nothing_and_says_so()
    {
        Builder.Run(new PublishAcceptanceRule(0.5, 0.7, 3));
        await OpenEditAsync();
        Provider.WaitForAssertion(() => ValueOf("acceptance-rule-agreement").ShouldBe("70"));

        Submit("acceptance-rule-save");

        Drafts.Executed.ShouldBeEmpty();
        Shown.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task People_who_are_not_curators_cannot_publish_a_rule()
    {
        await OpenEditAsync(role: Roles.Researcher);

        Provider.WaitForAssertion(() => Provider.Find("[data-testid='dialog-not-allowed']"));
        IsDisabled("acceptance-rule-save").ShouldBeTrue();
    }
}
