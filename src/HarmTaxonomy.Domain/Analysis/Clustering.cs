namespace HarmTaxonomy.Domain.Analysis;

/// <summary>The result of k-means: non-empty clusters' centres and total weights, and each point's cluster.</summary>
public sealed record Clustering(MapPoint[] Centres, double[] Weights, int[] Assignment)
{
    public int Count => Centres.Length;
}
