using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Security;

/// <summary>
/// The rate limiting policies through the real app, at <see cref="RateLimitedApp.Limit"/> requests per minute. The
/// app lives for the whole class, so each test sends from addresses of its own.
/// </summary>
public sealed class RateLimitingTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private static int lastAddress;

    [Theory]
    [InlineData(RateLimitedApp.SignInPath)]
    [InlineData(RateLimitedApp.JoinPath)]
    [InlineData(RateLimitedApp.TokenPath)]
    public async Task A_request_over_the_limit_is_told_when_to_retry(string path)
    {
        var client = NewClientAddress();
        (await PostAsync(path, client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(path, client)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await PostAsync(path, client);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        retryAfter.ShouldNotBeNull();
        retryAfter.Value.ShouldBeInRange(1, 60);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("retryAfterSeconds").GetInt32().ShouldBe((int)retryAfter.Value);
        problem.GetProperty("detail").GetString().ShouldBe($"Too many requests from your address. Try again in {retryAfter.Value} seconds.");
    }

    [Fact]
    public async Task Each_client_address_has_its_own_budget()
    {
        var first = NewClientAddress();
        var second = NewClientAddress();
        await PostAsync(RateLimitedApp.JoinPath, first);
        await PostAsync(RateLimitedApp.JoinPath, first);

        (await PostAsync(RateLimitedApp.JoinPath, first)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PostAsync(RateLimitedApp.JoinPath, second)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Each_policy_has_its_own_budget()
    {
        var client = NewClientAddress();
        await PostAsync(RateLimitedApp.JoinPath, client);
        await PostAsync(RateLimitedApp.JoinPath, client);

        (await PostAsync(RateLimitedApp.JoinPath, client)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PostAsync(RateLimitedApp.TokenPath, client)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Showing_the_sign_in_form_does_not_count_as_an_attempt()
    {
        var client = NewClientAddress();
        for (var i = 0; i < RateLimitedApp.Limit + 3; i++)
        {
            (await SendAsync(HttpMethod.Get, RateLimitedApp.SignInPath, client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await PostAsync(RateLimitedApp.SignInPath, client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(RateLimitedApp.SignInPath, client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(RateLimitedApp.SignInPath, client)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await SendAsync(HttpMethod.Get, RateLimitedApp.SignInPath, client)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Addresses_in_one_IPv6_64_network_share_a_budget()
    {
        // Documentation prefix 2001:db8::/32 (RFC 3849).
        var network = $"2001:db8:{Interlocked.Increment(ref lastAddress):x}:1";
        await PostAsync(RateLimitedApp.TokenPath, $"{network}::1");
        await PostAsync(RateLimitedApp.TokenPath, $"{network}::2");

        (await PostAsync(RateLimitedApp.TokenPath, $"{network}:abcd::3")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await PostAsync(RateLimitedApp.TokenPath, $"{network}1::1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Endpoints_without_a_policy_are_not_limited()
    {
        var client = NewClientAddress();
        for (var i = 0; i < RateLimitedApp.Limit + 3; i++)
        {
            (await SendAsync(HttpMethod.Get, "/api/v1/reference-taxonomies", client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    // A new address from TEST-NET-2 (RFC 5737) for each call.
    private static string NewClientAddress() => $"198.51.100.{Interlocked.Increment(ref lastAddress)}";

    private Task<HttpResponseMessage> PostAsync(string path, string clientAddress) => SendAsync(HttpMethod.Post, path, clientAddress);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string clientAddress)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(RateLimitedApp.ClientAddressHeader, clientAddress);
        return await app.CreateClient().SendAsync(request);
    }
}
