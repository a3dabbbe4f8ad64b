using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HarmTaxonomy.Web.Tests;

/// <summary>
/// A bUnit context with MudBlazor's services and the app's localisation, in English unless a test says otherwise.
/// MudBlazor's services are only async-disposable, hence IAsyncLifetime.
/// </summary>
public abstract class MudBunitContext : BunitContext, IAsyncLifetime
{
    protected MudBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
