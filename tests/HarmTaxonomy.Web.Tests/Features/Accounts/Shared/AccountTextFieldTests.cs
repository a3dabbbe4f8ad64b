using Bunit;
using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Features.Accounts.Shared;
using Microsoft.AspNetCore.Components.Forms;

namespace HarmTaxonomy.Web.Tests.Features.Accounts.Shared;

public sealed class AccountTextFieldTests : MudBunitContext
{
    private readonly RegisterInput input = new() { Email = "ana@example.org", Password = "typed secret" };
    private readonly EditContext editContext;

    public AccountTextFieldTests() => editContext = new EditContext(input);

    [Fact]
    public void The_label_belongs_to_an_input_of_the_given_type_and_autocomplete()
    {
        var cut = RenderEmail();

        var box = cut.Find("input[data-testid='register-email']");
        box.GetAttribute("type").ShouldBe("email");
        box.GetAttribute("autocomplete").ShouldBe("username");
        box.GetAttribute("value").ShouldBe("ana@example.org");
        cut.Find("label").GetAttribute("for").ShouldBe(box.Id);
        cut.Find("label").TextContent.ShouldBe("Email");
        box.GetAttribute("aria-describedby").ShouldBe("register-email-message");
    }

    [Fact]
    public void It_wears_the_outlined_MudBlazor_field_classes()
    {
        var cut = RenderEmail();

        cut.Find("[data-testid='register-email-field']").ClassList.ShouldContain("mud-input-control");
        cut.Find(".mud-input").ClassList.ShouldContain("mud-input-outlined");
        cut.Find("input").ClassList.ShouldContain("mud-input-root-outlined");
        cut.Find("fieldset.mud-input-outlined-border legend").TextContent.ShouldBe("Email");
    }

    [Fact]
    public void Help_text_shows_until_there_is_an_error_and_then_the_error_shows_in_its_place()
    {
        var cut = RenderEmail(helperText: "We never show it.");
        cut.Find("[data-testid='register-email-message']").TextContent.Trim().ShouldBe("We never show it.");

        cut.InvokeAsync(() =>
        {
            var messages = new ValidationMessageStore(editContext);
            messages.Add(editContext.Field(nameof(RegisterInput.Email)), "This does not look like an email address.");
            editContext.NotifyValidationStateChanged();
        });

        cut.Find("[data-testid='register-email-message']").TextContent.Trim().ShouldBe("This does not look like an email address.");
        cut.Find("[data-testid='register-email-field']").ClassList.ShouldContain("mud-input-error");
        cut.Find("label").ClassList.ShouldContain("mud-input-error");
        cut.Find("input").GetAttribute("aria-invalid").ShouldBe("true");
    }

    [Fact]
    public void A_password_is_never_written_back_into_the_page()
    {
        var cut = Render<AccountTextField>(parameters => parameters
            .AddCascadingValue(editContext)
            .Add(p => p.Label, "Password")
            .Add(p => p.TestId, "register-password")
            .Add(p => p.Type, "password")
            .Add(p => p.Value, input.Password)
            .Add(p => p.ValueExpression, () => input.Password));

        cut.Find("input").HasAttribute("value").ShouldBeFalse();
        cut.Markup.ShouldNotContain("typed secret");
    }

    [Fact]
    public void More_than_one_line_makes_a_text_area()
    {
        var cut = Render<AccountTextField>(parameters => parameters
            .AddCascadingValue(editContext)
            .Add(p => p.Label, "Communities")
            .Add(p => p.TestId, "profile-communities")
            .Add(p => p.Lines, 4)
            .Add(p => p.Value, "Fishers\nTeachers")
            .Add(p => p.ValueExpression, () => input.DisplayName));

        var area = cut.Find("textarea[data-testid='profile-communities']");
        area.GetAttribute("rows").ShouldBe("4");
        area.GetAttribute("value").ShouldBe("Fishers\nTeachers");
    }

    private IRenderedComponent<AccountTextField> RenderEmail(string? helperText = null) =>
        Render<AccountTextField>(parameters => parameters
            .AddCascadingValue(editContext)
            .Add(p => p.Label, "Email")
            .Add(p => p.TestId, "register-email")
            .Add(p => p.Type, "email")
            .Add(p => p.Autocomplete, "username")
            .Add(p => p.HelperText, helperText)
            .Add(p => p.Value, input.Email)
            .Add(p => p.ValueExpression, () => input.Email));
}
