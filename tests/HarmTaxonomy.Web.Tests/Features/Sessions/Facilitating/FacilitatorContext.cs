using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating;

/// <summary>
/// Renders a console part the way the console does, with MudBlazor's dialog and popover providers in place (the
/// parts ask through dialogs) and a clock the test moves.
/// </summary>
public abstract class FacilitatorContext : MudBunitContext
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    protected FacilitatorContext()
    {
        Clock = new FakeTimeProvider(Now);
        Services.AddSingleton<TimeProvider>(Clock);
    }

    protected FakeTimeProvider Clock { get; }

    /// <summary>Where dialogs render; set by <see cref="RenderProviders"/>.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected void RenderProviders()
    {
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
    }
}
