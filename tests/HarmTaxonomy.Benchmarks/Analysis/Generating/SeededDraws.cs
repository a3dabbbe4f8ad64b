namespace HarmTaxonomy.Benchmarks.Analysis.Generating;

/// <summary>The draws the synthetic conversation needs beyond <see cref="Random"/>'s own, all from the one seeded stream.</summary>
internal static class SeededDraws
{
    /// <summary>A standard normal draw (Box–Muller); two uniform draws each time, so the stream stays easy to follow.</summary>
    public static double Normal(this Random random)
    {
        var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
        return radius * Math.Cos(2 * Math.PI * random.NextDouble());
    }

    public static Guid Id(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>Fisher–Yates.</summary>
    public static void Shuffle<T>(this Random random, IList<T> list)
    {
        for (var index = list.Count - 1; index > 0; index--)
        {
            var other = random.Next(index + 1);
            (list[index], list[other]) = (list[other], list[index]);
        }
    }
}
