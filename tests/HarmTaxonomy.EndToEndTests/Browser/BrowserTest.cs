namespace HarmTaxonomy.EndToEndTests.Browser;

/// <summary>
/// Base of every browser test class: the app and browser are shared by the class's tests, and each test fails if any
/// page it opened saw a content security policy violation, even after its last step.
/// </summary>
public abstract class BrowserTest(BrowserApp app) : IClassFixture<BrowserApp>, IAsyncLifetime
{
    protected BrowserApp App { get; } = app;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => App.ClosePagesWithoutContentSecurityViolationsAsync();
}
