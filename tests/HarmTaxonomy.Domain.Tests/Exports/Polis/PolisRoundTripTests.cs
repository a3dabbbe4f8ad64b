using System.Globalization;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Domain.Sessions.Voting;
using HarmTaxonomy.Domain.Tests.Sessions;
using HarmTaxonomy.Domain.Tests.Sessions.Importing;
using static HarmTaxonomy.Domain.Tests.Sessions.SessionExamples;

namespace HarmTaxonomy.Domain.Tests.Exports.Polis;

public sealed class PolisRoundTripTests
{
    [Fact]
    public async Task A_session_exported_and_imported_again_has_every_vote_and_hidden_comment()
    {
        var scenario = SessionScenario.Given(InVoting())
            .Apply(
                Submitted(Item(4), Ben, text: "Doxxing, \"swatting\"\nand stalking"),
                Vote(Ana, Item(1), VoteValue.Agree), Vote(Ana, Item(1), VoteValue.Disagree), Vote(Ana, Item(2), VoteValue.Pass),
                Vote(Ben, Item(1), VoteValue.Agree), Vote(Ben, Item(4), VoteValue.Agree), Vote(Cy, Item(3), VoteValue.Disagree),
                Hidden(Item(2)));
        var export = SessionPolisExport.Of(scenario.Room, scenario.Votes, null, "https://example.org/join/HARM42");
        using var zip = new MemoryStream();
        PolisExportWriter.WriteZip(export, zip);

        var read = await PolisUploads.ReadAsync([new PolisUpload("polis-export.zip", () => new MemoryStream(zip.ToArray()))], default);
        var room = ImportingPolisConversationTests.Fold(ImportingPolisConversationTests.Import(read));

        var exported = export.Participants.SelectMany(participant => participant.Votes.Select(vote => (participant.ParticipantId.ToString(CultureInfo.InvariantCulture), vote.Key.ToString(CultureInfo.InvariantCulture), vote.Value)));
        ImportingPolisConversationTests.VotesByPolisId(room).Select(vote => (vote.Voter, vote.Comment, SessionPolisExport.ToPolis(vote.Value)))
            .ShouldBe(exported, ignoreOrder: true);
        room.Items.Where(item => item.State == ModerationState.Hidden).Select(item => item.ExternalId).ShouldBe(["1"]);
        room.Items.Single(item => item.ExternalId == "3").Text.ShouldBe("Doxxing, \"swatting\"\nand stalking");
        room.Title.ShouldBe("Naming harms");
        room.Prompt.ShouldBe("Which harms do you meet?");
    }
}
