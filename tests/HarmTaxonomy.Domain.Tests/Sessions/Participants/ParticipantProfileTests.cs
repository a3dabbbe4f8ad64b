using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Participants;

namespace HarmTaxonomy.Domain.Tests.Sessions.Participants;

public sealed class ParticipantProfileTests
{
    [Fact]
    public void With_consent_community_and_language_are_kept_tidied() =>
        ParticipantProfile.Create("  Ana ", " Quechua speakers ", " qu ", consented: true).ShouldBe(new ParticipantProfile("Ana", "Quechua speakers", "qu"));

    [Fact]
    public void Without_consent_community_and_language_are_dropped() =>
        ParticipantProfile.Create("Ana", "Quechua speakers", "qu", consented: false).ShouldBe(new ParticipantProfile("Ana", null, null));

    [Fact]
    public void Blank_community_and_language_are_none() =>
        ParticipantProfile.Create("Ana", " ", "", consented: true).ShouldBe(new ParticipantProfile("Ana", null, null));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_display_name_is_required(string? name) =>
        Should.Throw<SessionRuleException>(() => ParticipantProfile.Create(name, null, null, consented: false)).ThenBreaks("displayName");

    [Fact]
    public void A_display_name_has_at_most_a_hundred_characters()
    {
        ParticipantProfile.Create(new string('a', ParticipantProfile.MaxDisplayNameLength), null, null, consented: false).DisplayName.Length.ShouldBe(100);
        Should.Throw<SessionRuleException>(() => ParticipantProfile.Create(new string('a', ParticipantProfile.MaxDisplayNameLength + 1), null, null, consented: false))
            .ThenBreaks("displayName");
    }

    [Fact]
    public void A_community_has_at_most_a_hundred_characters() =>
        Should.Throw<SessionRuleException>(() => ParticipantProfile.Create("Ana", new string('c', ParticipantProfile.MaxCommunityLength + 1), null, consented: true))
            .ThenBreaks("community");

    [Fact]
    public void A_language_must_be_a_language_tag() =>
        Should.Throw<SessionRuleException>(() => ParticipantProfile.Create("Ana", null, "Spanish please", consented: true)).ThenBreaks("language");
}
