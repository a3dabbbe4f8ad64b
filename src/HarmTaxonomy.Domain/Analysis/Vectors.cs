namespace HarmTaxonomy.Domain.Analysis;

/// <summary>The few dense-vector operations power iteration needs, in a fixed order so results repeat bit for bit.</summary>
internal static class Vectors
{
    public static double Dot(double[] left, double[] right)
    {
        var sum = 0.0;
        for (var index = 0; index < left.Length; index++)
        {
            sum += left[index] * right[index];
        }

        return sum;
    }

    public static double Norm(double[] vector) => Math.Sqrt(Dot(vector, vector));

    public static double[] Normalised(double[] vector)
    {
        var result = new double[vector.Length];
        Divide(vector, Norm(vector), result);
        return result;
    }

    /// <summary>Divides rather than multiplies by 1 / divisor, so results match <see cref="Normalised"/> to the bit.</summary>
    public static void Divide(double[] vector, double divisor, double[] result)
    {
        for (var index = 0; index < vector.Length; index++)
        {
            result[index] = vector[index] / divisor;
        }
    }

    public static void SubtractScaled(double[] target, double[] direction, double scale)
    {
        for (var index = 0; index < target.Length; index++)
        {
            target[index] -= scale * direction[index];
        }
    }
}
