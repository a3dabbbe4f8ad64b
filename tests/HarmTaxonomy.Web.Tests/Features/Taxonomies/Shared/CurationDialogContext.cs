using Bunit;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

/// <summary>
/// Opens a curator dialog the way the editor does (through <see cref="IDialogService"/>), over a draft held in
/// memory, with the person signed in in the given role.
/// </summary>
public abstract class CurationDialogContext : MudBunitContext
{
    protected CurationDialogContext()
    {
        Builder = new DraftBuilder();
    }

    protected DraftBuilder Builder { get; }

    protected InMemoryCurationDrafts Drafts { get; private set; } = default!;

    protected IRenderedComponent<MudDialogProvider> Provider { get; private set; } = default!;

    /// <summary>Where autocomplete options and other popovers render.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>What the dialog's ShowAsync returned; it completes when the dialog closes.</summary>
    protected Task<WriteOutcome?> Shown { get; private set; } = default!;

    /// <summary>Signs in, renders the providers and opens the dialog.</summary>
    protected async Task OpenAsync(Func<IDialogService, Task<WriteOutcome?>> show, string role = Roles.Curator)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("cora@example.org");
        auth.SetRoles(role);
        Drafts = new InMemoryCurationDrafts(Builder.Draft);
        Services.AddSingleton<ICurationDrafts>(Drafts);
        Popovers = Render<MudPopoverProvider>();
        Provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        // A statement, not an expression: the dispatcher must not wait for the dialog to close.
        await Provider.InvokeAsync(() => { Shown = show(dialogs); });
    }

    protected void Submit(string testId) => Provider.Find($"[data-testid='{testId}']").Click();

    protected bool IsDisabled(string testId) => Provider.Find($"[data-testid='{testId}']").HasAttribute("disabled");

    /// <summary>The message under a MudBlazor field whose input carries the test id.</summary>
    protected string HelperTextOf(string testId) =>
        Provider.Find($"[data-testid='{testId}']").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text")?.TextContent ?? "";
}
