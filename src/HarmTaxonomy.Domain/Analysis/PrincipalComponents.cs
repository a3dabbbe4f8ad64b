namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// The first two principal components of the vote matrix, missing cells filled with their column's mean. Filling
/// with the mean and then centring makes every missing cell exactly zero, so the centred matrix has the same
/// sparsity as the votes and power iteration costs O(votes) per step.
/// </summary>
public sealed record PrincipalComponents(double[] Centre, double[] First, double[] Second)
{
    /// <param name="rows">The participants who count.</param>
    /// <param name="warmFirst">The previous first component by column (NaN where the item is new), or null.</param>
    public static PrincipalComponents Compute(VoteMatrix matrix, IReadOnlyList<int> rows, double[]? warmFirst, double[]? warmSecond, Random random, int iterations)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(random);
        var columns = matrix.Items.Count;
        var centre = ColumnMeans(matrix, rows, columns);
        var centred = CentredMatrix.Of(matrix, rows, centre);

        var first = StartVector(warmFirst, random, columns);
        var second = StartVector(warmSecond, random, columns);
        first = Iterate(centred, first, iterations, deflateBy: null, 0);
        var firstEigenvalue = centred.SquaredNormOfProjection(first);
        second = Iterate(centred, second, iterations, first, firstEigenvalue);
        return new PrincipalComponents(centre, first, second);
    }

    private static double[] ColumnMeans(VoteMatrix matrix, IReadOnlyList<int> rows, int columns)
    {
        var sums = new double[columns];
        var counts = new int[columns];
        foreach (var row in rows)
        {
            for (var at = matrix.RowStarts[row]; at < matrix.RowStarts[row + 1]; at++)
            {
                sums[matrix.Columns[at]] += matrix.Values[at];
                counts[matrix.Columns[at]]++;
            }
        }

        for (var column = 0; column < columns; column++)
        {
            sums[column] = counts[column] == 0 ? 0 : sums[column] / counts[column];
        }

        return sums;
    }

    private static double[] StartVector(double[]? warm, Random random, int columns)
    {
        // The random draws happen whether or not a warm start is used, so the seed fixes the same stream either way.
        var start = new double[columns];
        for (var column = 0; column < columns; column++)
        {
            var draw = (random.NextDouble() * 2) - 1;
            start[column] = warm is not null && column < warm.Length && !double.IsNaN(warm[column]) ? warm[column] : draw;
        }

        return Vectors.Norm(start) > 1e-12 ? start : [.. Enumerable.Range(0, columns).Select(_ => (random.NextDouble() * 2) - 1)];
    }

    private static double[] Iterate(CentredMatrix centred, double[] start, int iterations, double[]? deflateBy, double eigenvalue)
    {
        var vector = Vectors.Normalised(start);
        // Two buffers for the whole iteration rather than two new vectors per step: the same arithmetic, far less garbage.
        var next = new double[vector.Length];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            centred.CovarianceTimes(vector, next);
            if (deflateBy is not null)
            {
                Vectors.SubtractScaled(next, deflateBy, eigenvalue * Vectors.Dot(deflateBy, vector));
                // Deflation leaves rounding error along the first component; removing it keeps the two orthogonal.
                Vectors.SubtractScaled(next, deflateBy, Vectors.Dot(deflateBy, next));
            }

            var norm = Vectors.Norm(next);
            if (norm < 1e-12)
            {
                // Every participant sits on one point (or one line): there is no further direction to find.
                return new double[vector.Length];
            }

            Vectors.Divide(next, norm, vector);
        }

        return vector;
    }
}
