namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>A temporary folder for the exports the node tools read; removed when the test class is done.</summary>
public sealed class ExportFiles : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("harmtaxonomy-conformance-").FullName;

    public string Write(string fileName, string content)
    {
        var path = Path.Combine(directory, fileName);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
