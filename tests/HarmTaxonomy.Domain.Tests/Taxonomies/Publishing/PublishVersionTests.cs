using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Deprecating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Publishing;

public sealed class PublishVersionTests
{
    [Fact]
    public void The_first_version_freezes_the_draft_with_who_when_and_its_licence()
    {
        var scenario = Given(SmallTree());

        var published = scenario.WhenApplied(new PublishVersion(" 1.0.0 ", "First release.", "Ready")).ThenSingle<TaxonomyVersionPublished>();

        published.Version.ShouldBe("1.0.0");
        published.PreviousVersion.ShouldBeNull();
        published.Bump.ShouldBe(VersionBump.Major);
        published.Changelog.ShouldBe("First release.");
        published.Licence.ShouldBe("CC-BY-4.0");
        published.By.ShouldBe(Curator);
        published.At.ShouldBe(scenario.Now);
        published.Reason.ShouldBe("Ready");
        published.Snapshot.Categories.Count.ShouldBe(5);
        scenario.Draft.LatestVersion.ShouldNotBeNull().Version.ShouldBe("1.0.0");
        scenario.Draft.LatestVersion.CategoryCount.ShouldBe(5);
        scenario.Draft.LatestVersion.Sha256.ShouldBe(published.Sha256);
        scenario.Draft.LastPublished.ShouldBe(published.Snapshot);
    }

    [Theory]
    [InlineData("0.0.1")]
    [InlineData("0.1.0")]
    [InlineData("3.2.1")]
    public void The_first_version_may_be_any_version_above_zero(string version) =>
        Given(SmallTree()).When(new PublishVersion(version, null)).ThenSingle<TaxonomyVersionPublished>().Version.ShouldBe(version);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0.0.0")]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.0-beta")]
    [InlineData("01.0.0")]
    public void A_version_that_is_not_MAJOR_MINOR_PATCH_above_zero_is_refused(string? version) =>
        Given(SmallTree()).WhenRefused(new PublishVersion(version, null)).ThenBreaks("version");

    [Fact]
    public void A_taxonomy_without_categories_cannot_be_published() =>
        Given(Created()).WhenRefused(new PublishVersion("1.0.0", null)).ThenBreaks("version", TaxonomyRuleKind.Conflict).Message.ShouldContain("at least one category");

    [Fact]
    public void A_taxonomy_whose_categories_are_all_deprecated_cannot_be_published() =>
        Given(Added(Id(10), "HT-1", "Only"), new CategoryDeprecated(TaxonomyId, Id(10), [], Curator, Now, "Wrong"))
            .WhenRefused(new PublishVersion("1.0.0", null)).ThenBreaks("version", TaxonomyRuleKind.Conflict);

    [Fact]
    public void Nothing_changed_since_the_last_version_is_refused() =>
        Given(SmallTree()).And(new PublishVersion("1.0.0", null))
            .WhenRefused(new PublishVersion("1.0.1", null)).ThenBreaks("version", TaxonomyRuleKind.Conflict).Message.ShouldBe("Nothing has changed since 1.0.0.");

    [Fact]
    public void A_smaller_bump_than_the_changes_need_is_refused_naming_the_smallest_version_allowed()
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.2.3", null)).And(new AddCategory(Id(10), "en", "Hate", "", null, []));

        var error = scenario.WhenRefused(new PublishVersion("1.2.4", null)).ThenBreaks("version");

        error.Details["minimumVersion"].ShouldBe("1.3.0");
        error.Details["requiredBump"].ShouldBe("minor");
        error.Message.ShouldContain("1.3.0");
        error.Message.ShouldContain("Since 1.2.3: 1 category added.");
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("0.9.9")]
    public void A_version_not_greater_than_the_last_is_refused(string version)
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.0.0", null)).And(new DeprecateCategory(Fraud, null, "Out of scope"));

        scenario.WhenRefused(new PublishVersion(version, null)).ThenBreaks("version").Details["minimumVersion"].ShouldBe("1.1.0");
    }

    [Theory]
    [InlineData("1.1.0", VersionBump.Minor)]
    [InlineData("1.4.0", VersionBump.Minor)]
    [InlineData("2.0.0", VersionBump.Major)]
    public void A_larger_bump_than_needed_is_allowed_and_recorded_as_made(string version, VersionBump bump)
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.0.0", null)).And(new AddCategory(Id(10), "en", "Hate", "", null, []));

        var published = scenario.WhenApplied(new PublishVersion(version, null)).ThenSingle<TaxonomyVersionPublished>();

        published.PreviousVersion.ShouldBe("1.0.0");
        published.Bump.ShouldBe(bump);
        scenario.Draft.Versions.Select(line => line.Version).ShouldBe(["1.0.0", version]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_changelog_gets_the_generated_one(string? changelog)
    {
        var scenario = Given(SmallTree());
        var plan = PublicationPlan.For(scenario.Draft);

        var published = scenario.When(new PublishVersion("1.0.0", changelog)).ThenSingle<TaxonomyVersionPublished>();

        published.Changelog.ShouldBe(plan.ChangelogDraft);
        published.Changelog.ShouldContain("### Added");
        published.Changelog.ShouldContain("**HT-1** Violence.");
    }

    [Fact]
    public void A_changelog_longer_than_twenty_thousand_characters_is_refused() =>
        Given(SmallTree()).WhenRefused(new PublishVersion("1.0.0", new string('c', 20_001))).ThenBreaks("changelog");

    [Fact]
    public void The_hash_is_the_SHA_256_of_the_canonical_json_of_the_version()
    {
        var scenario = Given(SmallTree()).And(new PublishVersion("1.0.0", null)).And(new AddCategory(Id(10), "en", "Hate", "", null, []));
        var at = new DateTimeOffset(2026, 4, 1, 12, 30, 15, TimeSpan.FromHours(2));

        var published = scenario.When(new PublishVersion("1.1.0", " Hate added. "), at).ThenSingle<TaxonomyVersionPublished>();

        var expected = CanonicalVersionJson.Sha256(CanonicalVersionJson.Serialize(
            CanonicalVersionJson.Build(scenario.Draft.Snapshot(), "1.1.0", "1.0.0", at, "Hate added.")));
        published.Sha256.ShouldBe(expected);
        published.Sha256.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public void The_same_draft_published_at_the_same_time_gets_the_same_hash()
    {
        var at = new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

        var first = Given(SmallTree()).When(new PublishVersion("1.0.0", null), at).ThenSingle<TaxonomyVersionPublished>();
        var second = Given(SmallTree()).When(new PublishVersion("1.0.0", null), at).ThenSingle<TaxonomyVersionPublished>();

        second.Sha256.ShouldBe(first.Sha256);
    }

    [Fact]
    public void Another_release_time_gives_another_hash()
    {
        var at = new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero);

        var first = Given(SmallTree()).When(new PublishVersion("1.0.0", null), at).ThenSingle<TaxonomyVersionPublished>();
        var later = Given(SmallTree()).When(new PublishVersion("1.0.0", null), at.AddSeconds(1)).ThenSingle<TaxonomyVersionPublished>();

        later.Sha256.ShouldNotBe(first.Sha256);
    }

    [Fact]
    public void The_snapshot_lists_categories_in_tree_order()
    {
        var scenario = Given([
            .. SmallTree(),
            Added(Id(10), "HT-2.1", "Doxxing", parent: Privacy),
            Added(Id(11), "HT-1.0", "Assault", parent: Violence, position: 1),
        ]);

        var published = scenario.When(new PublishVersion("1.0.0", null)).ThenSingle<TaxonomyVersionPublished>();

        published.Snapshot.Categories.Select(category => category.Notation).ShouldBe(["HT-1", "HT-1.1", "HT-1.0", "HT-1.2", "HT-2", "HT-2.1", "HT-3"]);
        published.Snapshot.Slug.ShouldBe("open-harms");
        published.Snapshot.Languages.ShouldBe(["en"]);
    }
}
