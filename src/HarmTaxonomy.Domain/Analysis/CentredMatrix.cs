namespace HarmTaxonomy.Domain.Analysis;

/// <summary>The counted rows of a vote matrix with column means subtracted from each vote; missing cells stay zero.</summary>
internal sealed class CentredMatrix
{
    private readonly int[] rowStarts;
    private readonly int[] columns;
    private readonly double[] values;

    // Power iteration multiplies by this matrix two hundred times per component; one buffer for X v serves them all.
    private readonly double[] projected;

    private CentredMatrix(int[] rowStarts, int[] columns, double[] values)
    {
        this.rowStarts = rowStarts;
        this.columns = columns;
        this.values = values;
        projected = new double[rowStarts.Length - 1];
    }

    public static CentredMatrix Of(VoteMatrix matrix, IReadOnlyList<int> rows, double[] centre)
    {
        var starts = new int[rows.Count + 1];
        for (var index = 0; index < rows.Count; index++)
        {
            starts[index + 1] = starts[index] + matrix.VotesOf(rows[index]);
        }

        var columns = new int[starts[^1]];
        var values = new double[starts[^1]];
        for (var index = 0; index < rows.Count; index++)
        {
            var from = matrix.RowStarts[rows[index]];
            for (var offset = 0; offset < starts[index + 1] - starts[index]; offset++)
            {
                var column = matrix.Columns[from + offset];
                columns[starts[index] + offset] = column;
                values[starts[index] + offset] = matrix.Values[from + offset] - centre[column];
            }
        }

        return new CentredMatrix(starts, columns, values);
    }

    /// <summary>Writes Xᵀ(X v) into <paramref name="result"/> without forming XᵀX.</summary>
    public void CovarianceTimes(double[] vector, double[] result)
    {
        Project(vector);
        Array.Clear(result);
        for (var row = 0; row < projected.Length; row++)
        {
            var along = projected[row];
            var from = rowStarts[row];
            var rowColumns = columns.AsSpan(from, rowStarts[row + 1] - from);
            var rowValues = values.AsSpan(from, rowColumns.Length);
            for (var at = 0; at < rowColumns.Length; at++)
            {
                result[rowColumns[at]] += rowValues[at] * along;
            }
        }
    }

    /// <summary>‖X v‖², the variance along a unit vector v (the eigenvalue when v is an eigenvector).</summary>
    public double SquaredNormOfProjection(double[] vector)
    {
        Project(vector);
        var sum = 0.0;
        foreach (var along in projected)
        {
            sum += along * along;
        }

        return sum;
    }

    /// <summary>X v into <see cref="projected"/>: each row's sum over its votes, in column order.</summary>
    private void Project(double[] vector)
    {
        for (var row = 0; row < projected.Length; row++)
        {
            var from = rowStarts[row];
            var rowColumns = columns.AsSpan(from, rowStarts[row + 1] - from);
            var rowValues = values.AsSpan(from, rowColumns.Length);
            var sum = 0.0;
            for (var at = 0; at < rowColumns.Length; at++)
            {
                sum += rowValues[at] * vector[rowColumns[at]];
            }

            projected[row] = sum;
        }
    }
}
