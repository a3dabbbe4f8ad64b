namespace HarmTaxonomy.Domain.Tests;

/// <summary>
/// Finds files the repository ships (the JSON Schema, the SHACL shapes, the npm tools) from the test's output folder,
/// so tests check the very files that are served and documented rather than copies.
/// </summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    /// <summary>A path under the repository root, given with forward slashes.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine([Root, .. relativePath.Split('/')]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HarmTaxonomy.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No HarmTaxonomy.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
