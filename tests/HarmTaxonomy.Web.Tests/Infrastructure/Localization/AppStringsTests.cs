using System.Globalization;
using System.Resources;
using HarmTaxonomy.Web.Infrastructure.Localization;

namespace HarmTaxonomy.Web.Tests.Infrastructure.Localization;

public sealed class AppStringsTests
{
    private static readonly ResourceManager Resources = new(typeof(AppStrings));

    [Fact]
    public void Every_english_string_has_a_spanish_translation()
    {
        var english = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var spanish = Resources.GetResourceSet(new CultureInfo("es"), createIfNotExists: true, tryParents: false)!;
        var englishKeys = english.Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key).ToHashSet();
        var spanishKeys = spanish.Cast<System.Collections.DictionaryEntry>().Select(entry => (string)entry.Key).ToHashSet();

        englishKeys.Count.ShouldBeGreaterThan(30);
        englishKeys.Except(spanishKeys).ShouldBeEmpty();
        spanishKeys.Except(englishKeys).ShouldBeEmpty();
    }

    [Fact]
    public void Spanish_strings_are_translated_rather_than_copied()
    {
        var english = Resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var copied = english.Cast<System.Collections.DictionaryEntry>()
            .Where(entry => ((string)entry.Value!).Length > 12
                && Resources.GetString((string)entry.Key, new CultureInfo("es")) == (string)entry.Value)
            .Select(entry => (string)entry.Key)
            .ToList();

        copied.ShouldBeEmpty();
    }

    [Fact]
    public void Every_localised_key_used_in_the_components_exists()
    {
        var root = FindRepositoryFolder("src/HarmTaxonomy.Web");
        var used = Directory.EnumerateFiles(root, "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), "L\\[\"([A-Za-z.]+)\"")
                .Select(match => match.Groups[1].Value))
            .Distinct()
            .ToList();

        used.Count.ShouldBeGreaterThan(20);
        used.Where(key => Resources.GetString(key, CultureInfo.InvariantCulture) is null).ShouldBeEmpty();
    }

    private static string FindRepositoryFolder(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{relative} was not found above {AppContext.BaseDirectory}.");
    }
}
