using System.Net;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Security;

public sealed class TokenEndpointRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task The_real_token_endpoint_refuses_a_client_address_over_its_limit()
    {
        var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= RateLimitedApp.Limit; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = "nobody",
                    ["client_secret"] = "wrong",
                }),
            };
            request.Headers.Add(RateLimitedApp.ClientAddressHeader, "203.0.113.9");
            var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter.ShouldNotBeNull();
            }
        }

        statuses.Take(RateLimitedApp.Limit).ShouldAllBe(status => status != HttpStatusCode.TooManyRequests);
        statuses.Last().ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
