namespace HarmTaxonomy.Domain.Taxonomies.Reference;

/// <summary>The decision of what an import records, given the hash of what is already recorded (if anything).</summary>
public static class ReferenceTaxonomyImport
{
    public static IReadOnlyList<object> Decide(string? recordedContentHash, ImportReferenceTaxonomy command)
    {
        var content = command.Content;
        var errors = ReferenceTaxonomyValidation.Validate(content);
        if (errors.Count > 0)
        {
            throw new InvalidReferenceTaxonomyException(content.Slug, errors);
        }

        var id = ReferenceTaxonomyId.FromSlug(content.Slug);
        var hash = ReferenceTaxonomyContentHash.Of(content);
        if (recordedContentHash is null)
        {
            return [new ReferenceTaxonomyImported(id, content, hash, command.ImportedBy, command.Now)];
        }

        return recordedContentHash == hash
            ? []
            : [new ReferenceTaxonomyRevised(id, content, hash, command.ImportedBy, command.Now)];
    }
}
