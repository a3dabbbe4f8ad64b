using System.Globalization;
using System.Reflection;
using HarmTaxonomy.Web.Features.Accounts.Shared;
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

    [Fact]
    public void Every_account_page_lives_at_its_documented_path()
    {
        var routes = typeof(AccountPaths).Assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith("HarmTaxonomy.Web.Features.Accounts", StringComparison.Ordinal) == true)
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>())
            .Select(route => route.Template)
            .ToHashSet();

        routes.ShouldBe(
            [
                AccountPaths.Register, AccountPaths.Login, AccountPaths.Logout, AccountPaths.ForgotPassword, AccountPaths.ResetPassword,
                AccountPaths.Manage, AccountPaths.ChangePassword, AccountPaths.DeleteAccount, AccountPaths.AccessDenied,
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Every_account_page_renders_statically_and_says_who_may_open_it()
    {
        var pages = typeof(AccountPaths).Assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<RouteAttribute>() is { } route && route.Template.StartsWith("/account", StringComparison.Ordinal))
            .ToList();

        pages.Count.ShouldBe(9);
        foreach (var page in pages)
        {
            page.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>().ShouldNotBeNull(page.Name);
            var anonymous = page.GetCustomAttribute<Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute>() is not null;
            var authorized = page.GetCustomAttribute<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>() is not null;
            (anonymous ^ authorized).ShouldBeTrue($"{page.Name} must be either [AllowAnonymous] or [Authorize]");
            authorized.ShouldBe(page.GetCustomAttribute<RouteAttribute>()!.Template.StartsWith(AccountPaths.Manage, StringComparison.Ordinal), page.Name);
        }
    }

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
