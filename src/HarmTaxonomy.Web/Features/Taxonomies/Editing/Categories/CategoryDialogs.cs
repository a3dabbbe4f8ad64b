using HarmTaxonomy.Web.Features.Taxonomies.Editing.Tree;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;
using MudBlazor;

namespace HarmTaxonomy.Web.Features.Taxonomies.Editing.Categories;

/// <summary>Opens the add and move dialogs the same way from the tree's toolbar and the category panel.</summary>
public static class CategoryDialogs
{
    private static readonly DialogOptions Wide = new() { MaxWidth = MaxWidth.Medium, FullWidth = true };

    /// <returns>The new category's id, or null when the person cancelled.</returns>
    public static async Task<Guid?> AddAsync(
        IDialogService dialogs, string title, IReadOnlyList<string> languages, Guid? parentId, string? parentName, DraftWrites writes)
    {
        var parameters = new DialogParameters<AddCategoryDialog>
        {
            { dialog => dialog.Languages, languages },
            { dialog => dialog.ParentId, parentId },
            { dialog => dialog.ParentName, parentName },
            { dialog => dialog.Writes, writes },
        };
        var reference = await dialogs.ShowAsync<AddCategoryDialog>(title, parameters, Wide);
        var result = await reference.Result;
        return result is { Canceled: false, Data: Guid id } ? id : null;
    }

    /// <returns>True when the category was moved.</returns>
    public static async Task<bool> MoveAsync(
        IDialogService dialogs, string title, DraftTreeIndex tree, Guid categoryId, string language, DraftWrites writes)
    {
        var parameters = new DialogParameters<MoveCategoryDialog>
        {
            { dialog => dialog.Tree, tree },
            { dialog => dialog.CategoryId, categoryId },
            { dialog => dialog.Language, language },
            { dialog => dialog.Writes, writes },
        };
        var reference = await dialogs.ShowAsync<MoveCategoryDialog>(title, parameters, Wide);
        var result = await reference.Result;
        return result is { Canceled: false };
    }
}
