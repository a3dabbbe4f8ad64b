namespace HarmTaxonomy.Domain.Analysis;

/// <summary>The counted rows of a vote matrix with column means subtracted from each vote; missing cells stay zero.</summary>
internal sealed class CentredMatrix
{
    private readonly int[] rowStarts;
    private readonly int[] columns;
    private readonly double[] values;
    private readonly int columnCount;

    private CentredMatrix(int[] rowStarts, int[] columns, double[] values, int columnCount)
    {
        this.rowStarts = rowStarts;
        this.columns = columns;
        this.values = values;
        this.columnCount = columnCount;
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

        return new CentredMatrix(starts, columns, values, matrix.Items.Count);
    }

    /// <summary>Xᵀ(X v) without forming XᵀX.</summary>
    public double[] CovarianceTimes(double[] vector)
    {
        var result = new double[columnCount];
        for (var row = 0; row < rowStarts.Length - 1; row++)
        {
            var projected = RowDot(row, vector);
            for (var at = rowStarts[row]; at < rowStarts[row + 1]; at++)
            {
                result[columns[at]] += values[at] * projected;
            }
        }

        return result;
    }

    /// <summary>‖X v‖², the variance along a unit vector v (the eigenvalue when v is an eigenvector).</summary>
    public double SquaredNormOfProjection(double[] vector)
    {
        var sum = 0.0;
        for (var row = 0; row < rowStarts.Length - 1; row++)
        {
            var projected = RowDot(row, vector);
            sum += projected * projected;
        }

        return sum;
    }

    private double RowDot(int row, double[] vector)
    {
        var sum = 0.0;
        for (var at = rowStarts[row]; at < rowStarts[row + 1]; at++)
        {
            sum += values[at] * vector[columns[at]];
        }

        return sum;
    }
}
