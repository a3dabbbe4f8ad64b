using System.Globalization;
using System.Reflection;
using HarmTaxonomy.Web.Features.Accounts.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace HarmTaxonomy.Web.Tests.Features.Accounts.Shared;

public sealed class AccountMessagesTests
{
    [Fact]
    public void Every_validation_message_exists_in_English_and_Spanish()
    {
        AccountMessages.Names.Count().ShouldBeGreaterThan(10);
        var english = InCulture("en", () => AccountMessages.Names.ToDictionary(name => name, Read));
        var spanish = InCulture("es", () => AccountMessages.Names.ToDictionary(name => name, Read));

        foreach (var name in AccountMessages.Names)
        {
            english[name].ShouldNotBeNullOrWhiteSpace(name);
            spanish[name].ShouldNotBe(english[name], $"{name} is not translated");
        }
    }

    [Fact]
    public void Length_messages_show_the_limit()
    {
        InCulture("en", () => AccountMessages.Format(AccountMessages.TooLong, 60)).ShouldBe("Use at most 60 characters.");
        InCulture("es", () => AccountMessages.Format(AccountMessages.PasswordTooShort, 10)).ShouldBe("Usa al menos 10 caracteres.");
    }

    private static readonly string[] DocumentedPaths =
    [
        AccountPaths.Register, AccountPaths.Login, AccountPaths.Logout, AccountPaths.ForgotPassword, AccountPaths.ResetPassword,
        AccountPaths.Manage, AccountPaths.ChangePassword, AccountPaths.DeleteAccount, AccountPaths.AccessDenied,
    ];

    [Fact]
    public void Every_documented_account_path_has_a_statically_rendered_page()
    {
        var pages = RoutedPages().Where(page => DocumentedPaths.Contains(page.Route)).ToList();

        pages.Select(page => page.Route).ShouldBe(DocumentedPaths, ignoreOrder: true);
        foreach (var (route, page) in pages)
        {
            page.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>().ShouldNotBeNull(route);
            // Only the pages about one's own account need a signed-in person.
            (page.GetCustomAttribute<AuthorizeAttribute>() is not null).ShouldBe(route.StartsWith(AccountPaths.Manage, StringComparison.Ordinal), route);
        }
    }

    [Fact]
    public void Every_page_under_account_says_who_may_open_it()
    {
        foreach (var (route, page) in RoutedPages().Where(page => page.Route.StartsWith("/account", StringComparison.Ordinal)))
        {
            var anonymous = page.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            var authorized = page.GetCustomAttribute<AuthorizeAttribute>() is not null;
            (anonymous ^ authorized).ShouldBeTrue($"{route} must be either [AllowAnonymous] or [Authorize]");
        }
    }

    private static IEnumerable<(string Route, Type Page)> RoutedPages() =>
        typeof(AccountPaths).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => (route.Template, type)));

    private static string Read(string name) =>
        (string)typeof(AccountMessages).GetProperty(name)!.GetValue(null)!;

    private static T InCulture<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previous;
        }
    }
}
