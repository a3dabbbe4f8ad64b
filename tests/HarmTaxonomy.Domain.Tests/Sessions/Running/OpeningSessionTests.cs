using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Running;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;

namespace HarmTaxonomy.Domain.Tests.Sessions.Running;

public sealed class OpeningSessionTests
{
    private static readonly SessionSettings Guests = new(AllowGuests: true, PreModerate: false, VoteWhileDiscussing: false);

    [Fact]
    public void Opening_records_the_tidied_details_and_the_normalised_code()
    {
        var opened = new OpenSession("  Naming harms ", " Which harms? ", [" en", "es", "en"], Guests)
            .Decide(SessionId, Guid.NewGuid(), "open-harms", "harm-42", Facilitator, Now);

        opened.Title.ShouldBe("Naming harms");
        opened.Prompt.ShouldBe("Which harms?");
        opened.Languages.ShouldBe(["en", "es"]);
        opened.JoinCode.ShouldBe("HARM42");
        opened.Settings.ShouldBe(Guests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_title_is_required(string? title) =>
        Should.Throw<SessionRuleException>(() => new OpenSession(title, "", ["en"], Guests).Decide(SessionId, Guid.NewGuid(), "s", "HARM42", Facilitator, Now))
            .ThenBreaks("title");

    [Fact]
    public void A_title_longer_than_the_limit_is_refused() =>
        Should.Throw<SessionRuleException>(() => new OpenSession(new string('t', SessionRules.MaxTitle + 1), "", ["en"], Guests)
            .Decide(SessionId, Guid.NewGuid(), "s", "HARM42", Facilitator, Now)).ThenBreaks("title");

    [Theory]
    [InlineData]
    [InlineData("english")]
    [InlineData(" ")]
    public void The_session_names_its_languages_as_tags(params string[] languages) =>
        Should.Throw<SessionRuleException>(() => new OpenSession("Title", "", languages, Guests).Decide(SessionId, Guid.NewGuid(), "s", "HARM42", Facilitator, Now))
            .ThenBreaks("languages");

    [Fact]
    public void A_code_that_is_no_join_code_is_a_programming_error() =>
        Should.Throw<ArgumentException>(() => new OpenSession("Title", "", ["en"], Guests).Decide(SessionId, Guid.NewGuid(), "s", "HARM0", Facilitator, Now));
}
