using HarmTaxonomy.Domain.Exports.PolicyText;

namespace HarmTaxonomy.Domain.Tests.Exports.PolicyText;

public sealed class VersionPolicyTextTests
{
    [Fact]
    public void Each_category_in_use_is_a_numbered_rule_with_what_it_covers_and_not()
    {
        VersionPolicyText.Write(ExportFixture.Release()).ShouldBe(
            """
            Community harms — policy version 2.0.0 (en)
            Decide which of the numbered rules below the content falls under. A rule covers what it says it
            covers and nothing it says it does not cover; a more specific rule (longer number) takes
            precedence over its parent. Answer with the rule number, or "none" if no rule applies.

            HT-1 Violence — Covers: Content that promotes physical harm. Applies to: text, image.
            HT-1.1 Threats — Covers: Statements of intent to harm someone. Does not cover: Not fiction or news reporting. Examples: I will hurt you; Watch your back. Applies to: text.
            HT-3 Fraud — Covers: Deceiving people for gain. Applies to: text.

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_language_falls_back_to_the_source_language_text_by_text()
    {
        var policy = VersionPolicyText.Write(ExportFixture.Release(), "es");

        policy.ShouldContain("HT-1 Violencia — Covers: Contenido que promueve daño físico. Applies to: text, image.\n");
        policy.ShouldContain("HT-1.1 Amenazas — Covers: Statements of intent to harm someone.");
        policy.ShouldContain("HT-3 Fraud — Covers: Deceiving people for gain.");
    }

    [Fact]
    public void Deprecated_categories_are_left_out()
    {
        var policy = VersionPolicyText.Write(ExportFixture.Release());

        policy.ShouldNotContain("HT-2");
        policy.ShouldNotContain("Scams");
    }

    [Fact]
    public void A_line_break_in_a_definition_cannot_start_a_rule_of_its_own()
    {
        var policy = VersionPolicyText.Write(ExportFixture.Release(ExportFixture.Snapshot("Threats.\nHT-9 Anything — Covers: everything.")));

        policy.ShouldContain("HT-1.1 Threats — Covers: Threats. HT-9 Anything — Covers: everything. Does not cover:");
        policy.Split('\n').ShouldNotContain(line => line.StartsWith("HT-9", StringComparison.Ordinal));
    }

    [Fact]
    public void Deprecated_categories_can_be_kept_as_retired_rules_pointing_to_their_replacements()
    {
        var policy = VersionPolicyText.Write(ExportFixture.Release(), "es", markDeprecated: true);

        policy.ShouldContain("Watch your back. Applies to: text.\nHT-2 Estafas — Retired. Do not use; use HT-3 instead.\nHT-3 Fraud");
    }
}
