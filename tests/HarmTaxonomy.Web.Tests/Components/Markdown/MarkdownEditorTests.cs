using Bunit;
using HarmTaxonomy.Web.Components.Markdown;

namespace HarmTaxonomy.Web.Tests.Components.Markdown;

public sealed class MarkdownEditorTests : MudBunitContext
{
    private string? bound = "Starts *here*";

    [Fact]
    public void The_text_area_carries_the_value_label_and_lines()
    {
        var cut = RenderEditor();

        var area = cut.Find("textarea[data-testid='definition']");
        area.GetAttribute("rows").ShouldBe("5");
        area.GetAttribute("maxlength").ShouldBe("200");
        cut.Find("label").TextContent.ShouldBe("Definition");
        cut.Find("[data-testid='definition-preview'] em").TextContent.ShouldBe("here");
    }

    [Fact]
    public void The_preview_follows_what_is_typed_and_the_value_binds_back()
    {
        var cut = RenderEditor();

        cut.Find("textarea").Input("## Scope\n\nA **slur** is");

        cut.WaitForAssertion(() =>
        {
            var preview = cut.Find("[data-testid='definition-preview']");
            preview.QuerySelector("h2")!.TextContent.ShouldBe("Scope");
            preview.QuerySelector("strong")!.TextContent.ShouldBe("slur");
        });
        bound.ShouldBe("## Scope\n\nA **slur** is");
    }

    [Fact]
    public void Leaving_the_field_hands_over_what_was_typed_without_waiting_for_the_debounce()
    {
        var cut = RenderEditor();

        var area = cut.Find("textarea");
        area.Input("Typed, then Save pressed at once");
        area.Blur();

        bound.ShouldBe("Typed, then Save pressed at once");
    }

    [Fact]
    public void The_preview_follows_a_value_set_by_the_parent()
    {
        var cut = RenderEditor();

        cut.Render(parameters => parameters.Add(p => p.Value, "- one\n- two"));

        cut.FindAll("[data-testid='definition-preview'] li").Select(item => item.TextContent).ShouldBe(["one", "two"]);
    }

    [Fact]
    public void An_empty_value_shows_the_preview_hint()
    {
        bound = null;
        var cut = RenderEditor();

        cut.Find("[data-testid='definition-preview-empty']").TextContent.ShouldBe("The preview shows here as you type.");
    }

    [Fact]
    public void The_counter_shows_length_over_the_maximum()
    {
        bound = "12345";
        var cut = RenderEditor();

        cut.Find(".mud-input-helper-text").TextContent.ShouldContain("5 / 200");
    }

    [Fact]
    public void A_server_error_shows_under_the_field()
    {
        var cut = RenderEditor(parameters => parameters
            .Add(p => p.Error, true)
            .Add(p => p.ErrorText, "A definition needs at least one sentence."));

        cut.Find(".mud-input-helper-text").TextContent.ShouldContain("A definition needs at least one sentence.");
        cut.Find(".mud-input-control").ClassList.ShouldContain("mud-input-error");
        cut.Find("textarea").GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public void Read_only_and_disabled_reach_the_text_area()
    {
        var cut = RenderEditor(parameters => parameters.Add(p => p.ReadOnly, true).Add(p => p.Disabled, true));

        var area = cut.Find("textarea");
        area.HasAttribute("readonly").ShouldBeTrue();
        area.HasAttribute("disabled").ShouldBeTrue();
    }

    private IRenderedComponent<MarkdownEditor> RenderEditor(Action<ComponentParameterCollectionBuilder<MarkdownEditor>>? more = null) =>
        Render<MarkdownEditor>(parameters =>
        {
            parameters
                .Add(p => p.Label, "Definition")
                .Add(p => p.TestId, "definition")
                .Add(p => p.Lines, 5)
                .Add(p => p.MaxLength, 200)
                .Add(p => p.Value, bound)
                .Add(p => p.ValueChanged, value => bound = value);
            more?.Invoke(parameters);
        });
}
