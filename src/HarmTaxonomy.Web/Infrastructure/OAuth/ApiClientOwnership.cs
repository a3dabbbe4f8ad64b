using System.Text.Json;
using OpenIddict.Abstractions;

namespace HarmTaxonomy.Web.Infrastructure.OAuth;

/// <summary>Reads the account that created a client (the <see cref="ApiClientDescriptors.OwnerProperty"/>).</summary>
public static class ApiClientOwnership
{
    /// <summary>The owner's account id, or null for clients from configuration.</summary>
    public static async Task<Guid?> OwnerOfAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken = default)
    {
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(ApiClientDescriptors.OwnerProperty, out var value)
            && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var owner)
            ? owner
            : null;
    }
}
