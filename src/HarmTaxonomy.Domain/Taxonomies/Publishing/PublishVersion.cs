using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Taxonomies.Publishing;

/// <summary>
/// Publish the draft as it is as an immutable version. The version must be strictly greater than the last and at
/// least the bump the changes require; an empty changelog gets the generated one.
/// </summary>
public sealed record PublishVersion(string? Version, string? Changelog, string? Reason = null) : ITaxonomyCommand
{
    public const int MaxChangelog = 20_000;

    public IReadOnlyList<ITaxonomyEvent> Decide(TaxonomyDraft draft, Actor by, DateTimeOffset at)
    {
        if (!SemanticVersion.TryParse(Version?.Trim(), out var version) || version == default)
        {
            throw TaxonomyRules.Invalid("version", "Use a version MAJOR.MINOR.PATCH such as 1.0.0.");
        }

        if (Changelog is { Length: > MaxChangelog })
        {
            throw TaxonomyRules.Invalid("changelog", $"Keep the changelog to {MaxChangelog:N0} characters.");
        }

        var snapshot = draft.Snapshot();
        var plan = PublicationPlan.For(draft, snapshot);
        if (!plan.CanPublish)
        {
            throw new TaxonomyRuleException("version", plan.WhyNot!, TaxonomyRuleKind.Conflict);
        }

        if (version < SemanticVersion.Parse(plan.MinimumVersion))
        {
            var why = plan.Diff.BumpReasons.Count > 0 ? $"Since {plan.PreviousVersion}: {string.Join("; ", plan.Diff.BumpReasons)}. " : "";
            var bump = plan.Diff.RequiredBump.ToString().ToLowerInvariant();
            throw new TaxonomyRuleException("version", $"{why}That needs a {bump} release: the smallest version allowed is {plan.MinimumVersion}.")
            {
                Details = new Dictionary<string, string>
                {
                    ["minimumVersion"] = plan.MinimumVersion,
                    ["requiredBump"] = bump,
                },
            };
        }

        var changelog = string.IsNullOrWhiteSpace(Changelog) ? plan.ChangelogDraft : Changelog.Trim();
        var text = version.ToString();
        var sha256 = CanonicalVersionJson.Sha256(CanonicalVersionJson.Serialize(
            CanonicalVersionJson.Build(snapshot, text, plan.PreviousVersion, at, changelog)));
        var actualBump = plan.PreviousVersion is null ? VersionBump.Major : SemanticVersion.Parse(plan.PreviousVersion).BumpTo(version);
        return [new TaxonomyVersionPublished(draft.Id, text, plan.PreviousVersion, actualBump, changelog, draft.Licence, sha256, snapshot, by, at, TaxonomyRules.Reason(Reason))];
    }
}
