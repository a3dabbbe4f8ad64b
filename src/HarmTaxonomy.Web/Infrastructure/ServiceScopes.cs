namespace HarmTaxonomy.Web.Infrastructure;

/// <summary>
/// One DI scope per operation for interactive components: a Blazor circuit lives for minutes, and scoped
/// services (EF Core contexts, Identity's and OpenIddict's managers) must not live that long.
/// </summary>
public static class ServiceScopes
{
    public static async Task<TResult> RunAsync<TService, TResult>(this IServiceScopeFactory scopes, Func<TService, Task<TResult>> operation)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await operation(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
