namespace HarmTaxonomy.Web.Infrastructure.OAuth;

public sealed record CertificateSetting(string Path, string? Password);

/// <summary>The <c>OpenIddict:*</c> configuration: certificates, and the two switches that only demos should turn on.</summary>
public sealed record OpenIddictSettings(
    CertificateSetting? SigningCertificate,
    CertificateSetting? EncryptionCertificate,
    bool UseDevelopmentCertificates,
    bool AllowInsecureHttp)
{
    public static OpenIddictSettings From(IConfiguration configuration, bool isDevelopment)
    {
        var section = configuration.GetSection("OpenIddict");
        return new OpenIddictSettings(
            Certificate(section.GetSection("SigningCertificate")),
            Certificate(section.GetSection("EncryptionCertificate")),
            section.GetValue("UseDevelopmentCertificates", isDevelopment),
            section.GetValue("AllowInsecureHttp", isDevelopment));
    }

    private static CertificateSetting? Certificate(IConfigurationSection section) =>
        string.IsNullOrWhiteSpace(section["Path"]) ? null : new CertificateSetting(section["Path"]!, section["Password"]);
}
