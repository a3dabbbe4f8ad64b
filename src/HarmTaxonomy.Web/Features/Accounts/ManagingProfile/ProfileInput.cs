using System.ComponentModel.DataAnnotations;
using HarmTaxonomy.Web.Features.Accounts.Shared;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.Localization;

namespace HarmTaxonomy.Web.Features.Accounts.ManagingProfile;

/// <summary>What the profile form posts. Communities are kept only with consent; an empty box removes them.</summary>
public sealed class ProfileInput : IValidatableObject
{
    /// <summary>Room for the most communities at their longest, with separators; anything longer is not a list of them.</summary>
    public const int CommunitiesTextMaxLength = (AppUser.CommunitiesMaxCount * (AppUser.CommunityMaxLength + 2)) + 200;

    [Required(ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.DisplayNameRequired))]
    [MaxLength(AppUser.DisplayNameMaxLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.TooLong))]
    public string? DisplayName { get; set; }

    public string? PreferredLanguage { get; set; }

    [MaxLength(CommunitiesTextMaxLength, ErrorMessageResourceType = typeof(AccountMessages), ErrorMessageResourceName = nameof(AccountMessages.TooLong))]
    public string? Communities { get; set; }

    public bool Consent { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!SupportedCultures.IsSupported(PreferredLanguage))
        {
            yield return new ValidationResult(AccountMessages.LanguageUnsupported, [nameof(PreferredLanguage)]);
        }

        var communities = CommunityList.Parse(Communities);
        if (communities.Count > AppUser.CommunitiesMaxCount)
        {
            yield return new ValidationResult(AccountMessages.Format(AccountMessages.CommunitiesTooMany, AppUser.CommunitiesMaxCount), [nameof(Communities)]);
        }

        if (communities.Any(community => community.Length > AppUser.CommunityMaxLength))
        {
            yield return new ValidationResult(AccountMessages.Format(AccountMessages.CommunityTooLong, AppUser.CommunityMaxLength), [nameof(Communities)]);
        }

        if (communities.Count > 0 && !Consent)
        {
            yield return new ValidationResult(AccountMessages.CommunitiesNeedConsent, [nameof(Communities)]);
        }
    }
}
