namespace HarmTaxonomy.Domain.Analysis;

/// <summary>A position on the two-dimensional opinion map.</summary>
public readonly record struct MapPoint(double X, double Y)
{
    public double SquaredDistanceTo(MapPoint other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        return (dx * dx) + (dy * dy);
    }

    public double DistanceTo(MapPoint other) => Math.Sqrt(SquaredDistanceTo(other));
}
