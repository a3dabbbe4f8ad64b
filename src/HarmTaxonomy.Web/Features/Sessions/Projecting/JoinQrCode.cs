using System.Text;
using QRCoder;

namespace HarmTaxonomy.Web.Features.Sessions.Projecting;

/// <summary>
/// The join link as a QR code, an SVG in a <c>data:</c> URI: the content security policy allows data images
/// (img-src 'self' data:), and an image element keeps generated markup out of the page. Black on white with its quiet
/// zone, whatever the theme, because phone cameras read that best.
/// </summary>
public static class JoinQrCode
{
    public const string DataUriPrefix = "data:image/svg+xml;base64,";

    public static string DataUri(string joinLink)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(joinLink);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(joinLink, QRCodeGenerator.ECCLevel.M);
        using var code = new SvgQRCode(data);
        var svg = code.GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return DataUriPrefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
