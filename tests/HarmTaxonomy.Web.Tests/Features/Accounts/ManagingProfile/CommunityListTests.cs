using System.ComponentModel.DataAnnotations;
using HarmTaxonomy.Web.Features.Accounts.ManagingProfile;

namespace HarmTaxonomy.Web.Tests.Features.Accounts.ManagingProfile;

public sealed class CommunityListTests
{
    [Fact]
    public void Commas_and_new_lines_both_separate_and_blanks_and_repeats_go()
    {
        CommunityList.Parse(" Deaf community,Rural teachers\r\n\n deaf COMMUNITY ,, Fishers ")
            .ShouldBe(["Deaf community", "Rural teachers", "Fishers"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ,\n, ")]
    public void Nothing_typed_is_no_communities(string? text) => CommunityList.Parse(text).ShouldBeEmpty();

    [Fact]
    public void The_box_shows_one_community_per_line() =>
        CommunityList.Format(["Fishers", "Teachers"]).ShouldBe("Fishers\nTeachers");

    [Fact]
    public void Communities_need_consent_but_an_empty_box_does_not()
    {
        Errors(new ProfileInput { DisplayName = "Ana", PreferredLanguage = "en", Communities = "Fishers" })
            .ShouldHaveSingleItem().MemberNames.ShouldBe([nameof(ProfileInput.Communities)]);
        Errors(new ProfileInput { DisplayName = "Ana", PreferredLanguage = "en", Communities = "Fishers", Consent = true }).ShouldBeEmpty();
        Errors(new ProfileInput { DisplayName = "Ana", PreferredLanguage = "es", Communities = " ", Consent = false }).ShouldBeEmpty();
    }

    [Fact]
    public void Ten_communities_of_eighty_characters_are_the_most_allowed()
    {
        var ten = string.Join('\n', Enumerable.Range(0, 10).Select(i => new string((char)('a' + i), 80)));
        Errors(new ProfileInput { DisplayName = "Ana", PreferredLanguage = "en", Communities = ten, Consent = true }).ShouldBeEmpty();

        Errors(new ProfileInput { DisplayName = "Ana", PreferredLanguage = "en", Communities = ten + "\nk", Consent = true }).ShouldHaveSingleItem();
        Errors(new ProfileInput { DisplayName = "Ana", PreferredLanguage = "en", Communities = new string('x', 81), Consent = true }).ShouldHaveSingleItem();
    }

    [Fact]
    public void Only_supported_languages_are_accepted() =>
        Errors(new ProfileInput { DisplayName = "Ana", PreferredLanguage = "fr" }).ShouldHaveSingleItem()
            .MemberNames.ShouldBe([nameof(ProfileInput.PreferredLanguage)]);

    private static List<ValidationResult> Errors(ProfileInput input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results;
    }
}
