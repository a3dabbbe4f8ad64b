namespace HarmTaxonomy.Domain.Analysis;

/// <summary>The significance tests Polis uses, with its +1 smoothing, so figures compare with Polis's own.</summary>
public static class PolisStatistics
{
    /// <summary>One-sided 90 % confidence: the z a test must exceed to count as significant.</summary>
    public const double Z90 = 1.2816;

    /// <summary>How far <paramref name="successes"/> of <paramref name="trials"/> lies above one half, as a z score.</summary>
    public static double PropTest(int successes, int trials) =>
        2 * Math.Sqrt(trials + 1) * (((successes + 1.0) / (trials + 1.0)) - 0.5);

    /// <summary>Two-proportion z test of a group (<paramref name="successesIn"/> of <paramref name="trialsIn"/>) against the rest, +1 smoothed on all four counts.</summary>
    public static double TwoPropTest(int successesIn, int successesOut, int trialsIn, int trialsOut)
    {
        double inSuccesses = successesIn + 1, outSuccesses = successesOut + 1, inTrials = trialsIn + 1, outTrials = trialsOut + 1;
        var pooled = (inSuccesses + outSuccesses) / (inTrials + outTrials);
        if (pooled >= 1)
        {
            return 0;
        }

        var spread = Math.Sqrt(pooled * (1 - pooled) * ((1 / inTrials) + (1 / outTrials)));
        return ((inSuccesses / inTrials) - (outSuccesses / outTrials)) / spread;
    }

    /// <summary>The smoothed share (x + 1) / (n + 2): never 0 or 1, so ratios and products stay defined.</summary>
    public static double SmoothedShare(int count, int votes) => (count + 1.0) / (votes + 2.0);
}
