using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using HarmTaxonomy.Web.Infrastructure.Localization;

namespace HarmTaxonomy.Web.Features.Accounts.Shared;

/// <summary>
/// Validation messages of the account forms, in the request's UI language. Data annotations read a message from a
/// static property (<c>ErrorMessageResourceType</c>), hence properties rather than <c>IStringLocalizer</c>; each reads
/// <c>Account.Validation.&lt;PropertyName&gt;</c> from AppStrings. Placeholders follow the attribute's format:
/// <c>{1}</c> is the length limit of <c>MinLength</c> / <c>MaxLength</c>.
/// </summary>
public static class AccountMessages
{
    private static readonly ResourceManager Strings = new(typeof(AppStrings));

    public static string EmailRequired => Get();

    public static string EmailInvalid => Get();

    public static string EmailTaken => Get();

    public static string DisplayNameRequired => Get();

    public static string PasswordRequired => Get();

    public static string PasswordTooShort => Get();

    public static string ConfirmPasswordRequired => Get();

    public static string PasswordsDoNotMatch => Get();

    public static string CurrentPasswordWrong => Get();

    public static string TooLong => Get();

    public static string LanguageUnsupported => Get();

    public static string CommunitiesTooMany => Get();

    public static string CommunityTooLong => Get();

    public static string CommunitiesNeedConsent => Get();

    /// <summary>Every message, for the test that checks each exists in English and Spanish.</summary>
    public static IEnumerable<string> Names { get; } = typeof(AccountMessages).GetProperties()
        .Where(property => property.PropertyType == typeof(string))
        .Select(property => property.Name)
        .ToList();

    public static string Format(string message, object? limit) =>
        string.Format(CultureInfo.CurrentCulture, message, null, limit);

    private static string Get([CallerMemberName] string name = "") =>
        Strings.GetString($"Account.Validation.{name}", CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"AppStrings.resx has no Account.Validation.{name}.");
}
