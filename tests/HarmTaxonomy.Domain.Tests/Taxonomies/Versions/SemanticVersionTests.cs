using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Versions;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("0.0.0", 0, 0, 0)]
    [InlineData("1.0.0", 1, 0, 0)]
    [InlineData("10.20.30", 10, 20, 30)]
    [InlineData("999999999.0.1", 999_999_999, 0, 1)]
    public void MAJOR_MINOR_PATCH_parses(string text, int major, int minor, int patch)
    {
        SemanticVersion.Parse(text).ShouldBe(new SemanticVersion(major, minor, patch));
        SemanticVersion.Parse(text).ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("1.0.0.0")]
    [InlineData("01.0.0")]
    [InlineData("1.00.0")]
    [InlineData("1.0.0-beta")]
    [InlineData("1.0.0+build")]
    [InlineData("+1.0.0")]
    [InlineData("-1.0.0")]
    [InlineData("v1.0.0")]
    [InlineData(" 1.0.0")]
    [InlineData("1..0")]
    [InlineData("1.0.٣")]
    [InlineData("1000000000.0.0")]
    public void Anything_else_is_not_a_version(string? text)
    {
        SemanticVersion.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => SemanticVersion.Parse(text!));
    }

    [Theory]
    [InlineData("1.0.0", "2.0.0")]
    [InlineData("1.9.0", "1.10.0")]
    [InlineData("1.0.9", "1.0.10")]
    [InlineData("1.99.99", "2.0.0")]
    public void Versions_compare_by_number_not_by_text(string smaller, string larger)
    {
        var (low, high) = (SemanticVersion.Parse(smaller), SemanticVersion.Parse(larger));

        (low < high).ShouldBeTrue();
        (high > low).ShouldBeTrue();
        (low <= high).ShouldBeTrue();
        (high >= low).ShouldBeTrue();
        low.CompareTo(high).ShouldBeLessThan(0);
        high.CompareTo(low).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Equal_versions_compare_equal()
    {
        var version = SemanticVersion.Parse("1.2.3");

        version.CompareTo(new SemanticVersion(1, 2, 3)).ShouldBe(0);
        (version <= new SemanticVersion(1, 2, 3)).ShouldBeTrue();
        (version >= new SemanticVersion(1, 2, 3)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(VersionBump.Major, "2.0.0")]
    [InlineData(VersionBump.Minor, "1.3.0")]
    [InlineData(VersionBump.Patch, "1.2.4")]
    public void Next_raises_one_part_and_resets_the_smaller_ones(VersionBump bump, string next) =>
        new SemanticVersion(1, 2, 3).Next(bump).ToString().ShouldBe(next);

    [Theory]
    [InlineData("1.2.3", "2.0.0", VersionBump.Major)]
    [InlineData("1.2.3", "1.3.0", VersionBump.Minor)]
    [InlineData("1.2.3", "1.2.4", VersionBump.Patch)]
    [InlineData("1.2.3", "3.1.9", VersionBump.Major)]
    public void BumpTo_names_the_largest_part_that_grew(string from, string to, VersionBump bump) =>
        SemanticVersion.Parse(from).BumpTo(SemanticVersion.Parse(to)).ShouldBe(bump);

    [Fact]
    public void The_initial_version_is_1_0_0() => SemanticVersion.Initial.ToString().ShouldBe("1.0.0");
}
