using System.Net.Http.Headers;
using System.Text.Json;

namespace HarmTaxonomy.TestSupport;

/// <summary>Plain HTTP calls to /connect/token, the way any OAuth client library makes them.</summary>
public static class TokenRequests
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(HttpClient client, IDictionary<string, string> form)
    {
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, body);
    }

    public static async Task<string> ClientCredentialsAsync(HttpClient client, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        var (response, body) = await PostAsync(client, form);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request failed with {(int)response.StatusCode}: {body}");
        }

        return body.GetProperty("access_token").GetString()!;
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string accessToken)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }
}
