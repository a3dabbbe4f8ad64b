using System.Security.Claims;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace HarmTaxonomy.Web.Features.Taxonomies.Shared;

/// <summary>
/// What every curator dialog does the same way: only curators may confirm, the write carries the draft version the
/// curator saw, a stale draft keeps the input and offers the latest data, and success closes with the outcome.
/// </summary>
public abstract class CurationDialogBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource closing = new();
    private ClaimsPrincipal? user;

    [CascadingParameter]
    public IMudDialogInstance Dialog { get; set; } = default!;

    [CascadingParameter]
    public Task<AuthenticationState>? AuthenticationState { get; set; }

    [Parameter, EditorRequired]
    public TaxonomySummary Taxonomy { get; set; } = default!;

    /// <summary>The draft version the editor showed; the write is refused as stale if the draft moved on.</summary>
    [Parameter]
    public long ExpectedVersion { get; set; }

    [Inject]
    protected ICurationDrafts Drafts { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<AppStrings> L { get; set; } = default!;

    protected bool CanEdit { get; private set; }

    protected bool Loading { get; private set; } = true;

    protected bool Busy { get; private set; }

    /// <summary>Why the data behind the dialog could not be loaded (the taxonomy is gone, say).</summary>
    protected string? LoadProblem { get; private set; }

    protected WriteResult? Result { get; private set; }

    /// <summary>Starts as <see cref="ExpectedVersion"/>; "show latest" after a stale write moves it to the draft's version.</summary>
    protected long ExpectedDraftVersion { get; private set; }

    protected CancellationToken Closing => closing.Token;

    /// <summary>The input fields this dialog shows; a refusal naming another field is shown as a general message.</summary>
    protected abstract IReadOnlyCollection<string> FormFields { get; }

    protected string? ErrorFor(string field) => Result?.ErrorFor(field);

    protected string? GeneralProblem =>
        Result is { Succeeded: false, Stale: null } result && !result.FieldErrors.Keys.Any(FormFields.Contains) ? result.Problem : null;

    protected override async Task OnInitializedAsync()
    {
        ExpectedDraftVersion = ExpectedVersion;
        user = AuthenticationState is null ? null : (await AuthenticationState).User;
        CanEdit = user is not null && CuratorAccess.CanEdit(user);
        await ReloadAsync();
    }

    /// <summary>Loads what the preview needs; called at start and again after "show latest".</summary>
    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    protected async Task SubmitAsync(ITaxonomyCommand command, string doneMessage)
    {
        if (!CanEdit || user is null || Busy)
        {
            return;
        }

        Busy = true;
        try
        {
            Result = await WriteResult.TryAsync(() => Drafts.ExecuteAsync(Taxonomy.Id, ExpectedDraftVersion, command, ActorOf.Account(user), Closing));
        }
        finally
        {
            Busy = false;
        }

        if (Result.Outcome is { } outcome)
        {
            Snackbar.Add(doneMessage, Severity.Success);
            Dialog.Close(DialogResult.Ok(outcome));
        }
    }

    /// <summary>After a stale write: take the draft's current version as the expected one and reload the preview; the input stays.</summary>
    protected async Task ShowLatestAsync()
    {
        if (Result?.Stale is { } stale)
        {
            ExpectedDraftVersion = stale.CurrentVersion;
        }

        Result = null;
        await ReloadAsync();
    }

    protected void Cancel() => Dialog.Cancel();

    protected static async Task<WriteOutcome?> ShowAsync<TDialog>(IDialogService dialogs, DialogParameters parameters, MaxWidth width)
        where TDialog : IComponent
    {
        var options = new DialogOptions { MaxWidth = width, FullWidth = true, CloseButton = true, BackdropClick = false };
        var reference = await dialogs.ShowAsync<TDialog>(parameters, options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: WriteOutcome outcome } ? outcome : null;
    }

    public void Dispose()
    {
        closing.Cancel();
        closing.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task ReloadAsync()
    {
        Loading = true;
        LoadProblem = null;
        try
        {
            await LoadAsync(Closing);
        }
        catch (TaxonomyNotFoundException missing)
        {
            LoadProblem = missing.Message;
        }
        finally
        {
            Loading = false;
        }

        // The title is rendered by the dialog's container, which does not re-render with this component.
        Dialog?.StateHasChanged();
    }
}
