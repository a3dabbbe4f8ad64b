using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Web.Features.Sessions.MappingOpinions;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.MappingOpinions;

/// <summary>
/// A small analysed conversation with known answers: two camps of <see cref="PerCamp"/> people who disagree on every
/// divisive statement (camp A agrees with the odd ones, camp B with the even ones) and all agree with statement 0.
/// Seventeen people declared the community "Urban" and three "Rural", so the Rural cells fall under the threshold.
/// </summary>
internal static class OpinionData
{
    public const int PerCamp = 10;
    public const int DivisiveItems = 6;

    public static Guid Item(int number) => new($"00000000-0000-0000-0000-{number:D12}");

    public static Guid Person(int number) => new($"10000000-0000-0000-0000-{number:D12}");

    public static string TextOf(int item) => item == 0 ? "Everyone should be able to report harms in their own language" : $"Divisive statement {item}";

    public static OpinionItems Items { get; } = OpinionItems.From(Enumerable.Range(0, DivisiveItems + 1).Select(item => (Item(item), TextOf(item))));

    public static OpinionAnalysis TwoCamps(Action<VoteMatrixBuilder>? more = null)
    {
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, DivisiveItems + 1).Select(Item));
        for (var person = 0; person < PerCamp * 2; person++)
        {
            var campSign = person < PerCamp ? 1 : -1;
            builder.Add(Person(person), Item(0), 1);
            for (var item = 1; item <= DivisiveItems; item++)
            {
                builder.Add(Person(person), Item(item), campSign * (item % 2 == 1 ? 1 : -1));
            }
        }

        more?.Invoke(builder);
        var traits = Enumerable.Range(0, PerCamp * 2).ToDictionary(Person, person => new ParticipantTraits(person < 17 ? "Urban" : "Rural", "en"));
        return OpinionAnalyzer.Analyze(builder.Build(), new AnalysisParameters { Seed = 7 }, previous: null, traits);
    }

    /// <summary>Everyone votes the same way on everything: one group.</summary>
    public static OpinionAnalysis Unanimous()
    {
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, DivisiveItems + 1).Select(Item));
        for (var person = 0; person < PerCamp * 2; person++)
        {
            for (var item = 0; item <= DivisiveItems; item++)
            {
                builder.Add(Person(person), Item(item), 1);
            }
        }

        return OpinionAnalyzer.Analyze(builder.Build(), new AnalysisParameters { Seed = 7 });
    }

    /// <summary>The letter of the group <paramref name="person"/> is in.</summary>
    public static string GroupOf(OpinionAnalysis analysis, int person) =>
        Web.Features.Sessions.Analysing.GroupLabels.Of(analysis.Participants.Single(place => place.ParticipantId == Person(person)).Group);
}
