using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Participants;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionScenario;

namespace HarmTaxonomy.Domain.Tests.Sessions.Participants;

public sealed class JoiningTests
{
    private static readonly ParticipantProfile Profile = new("Dee", "Deaf community", "es");
    private static readonly Guid Dee = Guid.Parse("01960000-0000-7000-8000-0000000000b4");
    private static readonly Guid DeeAccount = Guid.Parse("01960000-0000-7000-8000-0000000000e4");

    [Fact]
    public void A_guest_joins_a_session_that_admits_guests()
    {
        var scenario = Given(Opened(allowGuests: true));

        var joined = scenario.WhenApplied((room, at) => room.DecideJoin(Dee, Profile, null, at));

        joined.ParticipantId.ShouldBe(Dee);
        joined.DisplayName.ShouldBe("Dee");
        joined.UserId.ShouldBeNull();
        joined.Community.ShouldBe("Deaf community");
        joined.Language.ShouldBe("es");
        var participant = scenario.Room.FindParticipant(Dee).ShouldNotBeNull();
        participant.IsGuest.ShouldBeTrue();
        participant.HasLeft.ShouldBeFalse();
    }

    [Fact]
    public void A_guest_is_refused_where_only_accounts_may_join() =>
        Given(Opened(allowGuests: false)).WhenRefused((room, at) => room.DecideJoin(Dee, Profile, null, at))
            .ThenBreaks("joinCode", SessionRuleKind.Forbidden).Message.ShouldContain("Sign in");

    [Fact]
    public void An_account_joins_where_only_accounts_may_join()
    {
        var scenario = Given(Opened(allowGuests: false));

        var joined = scenario.WhenApplied((room, at) => room.DecideJoin(Dee, Profile, DeeAccount, at));

        joined.UserId.ShouldBe(DeeAccount);
        scenario.Room.ParticipantOfUser(DeeAccount).ShouldNotBeNull().Id.ShouldBe(Dee);
    }

    [Fact]
    public void A_closed_session_takes_no_new_participants()
    {
        var scenario = Given(Opened(), Closed());

        scenario.WhenRefused((room, at) => room.DecideJoin(Dee, Profile, null, at)).ThenBreaks("joinCode", SessionRuleKind.Conflict);
        scenario.WhenRefused((room, at) => room.DecideJoin(Dee, Profile, DeeAccount, at)).ThenBreaks("joinCode", SessionRuleKind.Conflict);
    }

    [Fact]
    public void A_participant_who_left_stays_known_as_having_left()
    {
        var scenario = Given(Opened(), Joined(Ana), Left(Ana));

        scenario.Room.FindParticipant(Ana).ShouldNotBeNull().HasLeft.ShouldBeTrue();
        scenario.Room.Participants.Count.ShouldBe(1);
    }
}
