using System.Globalization;

namespace HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;

/// <summary>
/// Settings of Polis imports (section <c>PolisImport</c>). <see cref="MaxUploadBytes"/> bounds one import request, all its
/// files together: 200 MB holds a zip of a conversation several times the size of Polis's largest public one.
/// </summary>
public sealed class PolisImportOptions
{
    public const string Section = "PolisImport";

    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    public string MaxUploadDescribed => MaxUploadBytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{MaxUploadBytes / (1024.0 * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{MaxUploadBytes / 1024.0:0.#} kB");
}
