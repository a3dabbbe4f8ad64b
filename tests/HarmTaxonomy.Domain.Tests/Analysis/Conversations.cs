using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Domain.Tests.Analysis;

/// <summary>Hand-made vote matrices with known structure.</summary>
internal static class Conversations
{
    public static Guid Item(int number) => new($"00000000-0000-0000-0000-{number:D12}");

    public static Guid Person(int number) => new($"10000000-0000-0000-0000-{number:D12}");

    /// <summary>
    /// Two camps of <paramref name="perCamp"/> people who disagree on every divisive item (camp A agrees where B
    /// disagrees), everyone agreeing with item 0; a few votes are missing so the fill and scaling matter.
    /// </summary>
    public static VoteMatrix TwoCamps(int perCamp = 20, int divisiveItems = 10)
    {
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, divisiveItems + 1).Select(Item));
        for (var person = 0; person < perCamp * 2; person++)
        {
            var campSign = person < perCamp ? 1 : -1;
            builder.Add(Person(person), Item(0), 1);
            for (var item = 1; item <= divisiveItems; item++)
            {
                if ((person + item) % 7 == 0)
                {
                    continue;
                }

                var itemSign = item % 2 == 0 ? 1 : -1;
                builder.Add(Person(person), Item(item), campSign * itemSign);
            }
        }

        return builder.Build();
    }

    /// <summary>Random votes from a seeded generator: no structure, for determinism and scale checks.</summary>
    public static VoteMatrix Random(int people, int items, int votesPerPerson, int seed)
    {
        var random = new Random(seed);
        var builder = new VoteMatrixBuilder(Enumerable.Range(0, items).Select(Item));
        for (var person = 0; person < people; person++)
        {
            for (var vote = 0; vote < votesPerPerson; vote++)
            {
                builder.Add(Person(person), Item(random.Next(items)), random.Next(3) - 1);
            }
        }

        return builder.Build();
    }

    public static AnalysisParameters Seeded(int seed = 42) => new() { Seed = seed };
}
