using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;

/// <summary>
/// The facilitators' page imports through this, not through HTTP: the files chosen in the browser are copied to
/// temporary files (a zip must be read out of order) and handed to the same <see cref="PolisImporter"/> as the API.
/// The answer is the new session, or what to fix, worded for the dialog.
/// </summary>
public sealed class BrowserPolisImport(PolisImporter importer, IOptions<PolisImportOptions> options, ILogger<BrowserPolisImport> logger)
{
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public string MaxUploadDescribed => options.Value.MaxUploadDescribed;

    public async Task<PolisImportAttempt> ImportAsync(PolisImportRequest request, SessionActor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var saved = new List<string>();
        try
        {
            var uploads = new List<PolisUpload>();
            foreach (var file in request.Files)
            {
                var path = Path.GetTempFileName();
                saved.Add(path);
                await using (var target = File.Create(path))
                {
                    await using var source = file.OpenReadStream(MaxUploadBytes, cancellationToken);
                    await source.CopyToAsync(target, cancellationToken);
                }

                uploads.Add(new PolisUpload(file.Name, () => File.OpenRead(path)));
            }

            var sessionId = await importer.ImportAsync(uploads, request.TaxonomySlug, request.Title, by, cancellationToken);
            return PolisImportAttempt.Imported(sessionId);
        }
        catch (PolisImportException refused)
        {
            return new PolisImportAttempt(null, null, [.. refused.Problems.Select(problem => $"{problem.File}: {problem.Describe()}")]);
        }
        catch (SessionRuleException refused)
        {
            return new PolisImportAttempt(null, refused.Field, [refused.Message]);
        }
        finally
        {
            foreach (var path in saved)
            {
                TryDelete(path);
            }
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException failure)
        {
            logger.LogWarning(failure, "A temporary copy of an uploaded Polis file could not be deleted: {Path}", path);
        }
    }
}

/// <summary>What the import dialog sends: the chosen files, and optionally a taxonomy slug and a title.</summary>
public sealed record PolisImportRequest(IReadOnlyList<IBrowserFile> Files, string? TaxonomySlug, string? Title);

/// <summary>The imported session, or the problems to show (in the files, or with the field named).</summary>
public sealed record PolisImportAttempt(Guid? SessionId, string? Field, IReadOnlyList<string> Problems)
{
    public bool Succeeded => SessionId is not null;

    public static PolisImportAttempt Imported(Guid sessionId) => new(sessionId, null, []);
}
