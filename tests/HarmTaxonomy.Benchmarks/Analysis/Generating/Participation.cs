namespace HarmTaxonomy.Benchmarks.Analysis.Generating;

/// <summary>
/// Who votes on what, shaped like real Polis data: how many votes a participant casts is long-tailed (log-normal:
/// most vote on a few dozen items or fewer, a few on hundreds or all), and which items they vote on follows each
/// item's popularity (a power law over a shuffled order, as early or prominent statements collect more votes).
/// The totals are exact: every participant casts at least one vote, every item gets at least one, and the votes
/// add up to the shape's count.
/// </summary>
internal static class Participation
{
    /// <summary>Standard deviation of the log of votes per participant: with it the median voter casts about a quarter of the mean.</summary>
    private const double Spread = 1.6;

    /// <summary>Item popularity falls as (rank + 5)^−0.8: the most popular item is about 400 times as likely as the least in 7,753.</summary>
    private const double PopularityExponent = 0.8;

    /// <summary>Below this share of all items a participant's picks are drawn one by one (rarely a repeat); above it all items are ranked at once.</summary>
    private const int ItemsPerDrawnPick = 16;

    /// <returns>For each participant, the columns of the items they vote on (distinct).</returns>
    public static int[][] Choose(ConversationShape shape, Random random)
    {
        if (shape.Votes < shape.Participants || shape.Votes < shape.Items || shape.Votes > (long)shape.Participants * shape.Items)
        {
            throw new ArgumentException($"{shape.Votes} votes cannot give each of {shape.Participants} participants and {shape.Items} items a vote.", nameof(shape));
        }

        var counts = VotesPerParticipant(shape, random);
        var popularity = ItemPopularity(shape.Items, random);
        var cumulative = new double[popularity.Length];
        var total = 0.0;
        for (var item = 0; item < popularity.Length; item++)
        {
            total += popularity[item];
            cumulative[item] = total;
        }

        var takenBy = new int[shape.Items];
        var chosen = new int[shape.Participants][];
        for (var participant = 0; participant < shape.Participants; participant++)
        {
            chosen[participant] = counts[participant] * ItemsPerDrawnPick <= shape.Items
                ? DrawOneByOne(counts[participant], cumulative, takenBy, participant + 1, random)
                : RankAll(counts[participant], popularity, random);
        }

        GiveEveryItemAVote(chosen, shape.Items);
        return chosen;
    }

    /// <summary>Log-normal appetites scaled so the rounded counts, each between 1 and the number of items, add up to the votes exactly.</summary>
    private static int[] VotesPerParticipant(ConversationShape shape, Random random)
    {
        var appetite = new double[shape.Participants];
        for (var participant = 0; participant < appetite.Length; participant++)
        {
            appetite[participant] = Math.Exp(Spread * random.Normal());
        }

        long Total(double scale) => appetite.Sum(value => (long)Count(value, scale));
        int Count(double value, double scale) => (int)Math.Clamp(Math.Round(value * scale), 1, shape.Items);

        // The total grows with the scale; find the largest scale that stays within the votes, then top up one by one.
        double low = 0, high = 1;
        while (Total(high) < shape.Votes)
        {
            high *= 2;
        }

        for (var step = 0; step < 200 && high - low > 1e-12 * high; step++)
        {
            var middle = (low + high) / 2;
            (low, high) = Total(middle) <= shape.Votes ? (middle, high) : (low, middle);
        }

        var counts = appetite.Select(value => Count(value, low)).ToArray();
        var missing = shape.Votes - counts.Sum(count => (long)count);
        for (var participant = 0; missing > 0; participant = (participant + 1) % counts.Length)
        {
            if (counts[participant] < shape.Items)
            {
                counts[participant]++;
                missing--;
            }
        }

        return counts;
    }

    private static double[] ItemPopularity(int items, Random random)
    {
        var rank = Enumerable.Range(0, items).ToArray();
        random.Shuffle(rank);
        return [.. rank.Select(place => Math.Pow(place + 5, -PopularityExponent))];
    }

    /// <summary>Weighted draws, a repeat drawn again; <paramref name="takenBy"/> marks the items this participant already has.</summary>
    private static int[] DrawOneByOne(int count, double[] cumulative, int[] takenBy, int marker, Random random)
    {
        var picks = new int[count];
        for (var pick = 0; pick < count;)
        {
            var item = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            item = Math.Min(item < 0 ? ~item : item, cumulative.Length - 1);
            if (takenBy[item] != marker)
            {
                takenBy[item] = marker;
                picks[pick++] = item;
            }
        }

        return picks;
    }

    /// <summary>Weighted sampling without replacement in one pass (Efraimidis–Spirakis): the items with the largest log(u) / weight.</summary>
    private static int[] RankAll(int count, double[] popularity, Random random)
    {
        var keys = new double[popularity.Length];
        var items = new int[popularity.Length];
        for (var item = 0; item < popularity.Length; item++)
        {
            keys[item] = Math.Log(1 - random.NextDouble()) / popularity[item];
            items[item] = item;
        }

        Array.Sort(keys, items);
        return items[^count..];
    }

    /// <summary>
    /// An item nobody drew takes the place of the most popular item of a participant who voted on one that others
    /// also voted on; participants are visited in turn so the changes spread out. Counts per participant stay the same.
    /// </summary>
    private static void GiveEveryItemAVote(int[][] chosen, int items)
    {
        var votesOn = new int[items];
        foreach (var picks in chosen)
        {
            foreach (var item in picks)
            {
                votesOn[item]++;
            }
        }

        var participant = 0;
        for (var item = 0; item < items; item++)
        {
            while (votesOn[item] == 0)
            {
                var picks = chosen[participant];
                var replace = Enumerable.Range(0, picks.Length).MaxBy(pick => votesOn[picks[pick]]);
                if (votesOn[picks[replace]] >= 2)
                {
                    votesOn[picks[replace]]--;
                    picks[replace] = item;
                    votesOn[item]++;
                }

                participant = (participant + 1) % chosen.Length;
            }
        }
    }
}
