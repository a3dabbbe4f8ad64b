using System.Net;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Security;

/// <summary>
/// The real app with every limit at <see cref="Limit"/> per minute, plus one test endpoint per policy (the app has
/// none of its own yet). A request names the client address it comes from in <see cref="ClientAddressHeader"/>.
/// </summary>
public sealed class RateLimitedApp : HarmTaxonomyAppFactory
{
    public const int Limit = 2;
    public const string ClientAddressHeader = "X-Test-Client-Address";
    public const string SignInPath = "/test/sign-in";
    public const string JoinPath = "/test/join";
    public const string TokenPath = "/test/token";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SignInPerMinute", $"{Limit}");
        builder.UseSetting("RateLimits:JoinPerMinute", $"{Limit}");
        builder.UseSetting("RateLimits:TokenPerMinute", $"{Limit}");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestEndpoints>());
    }

    private sealed class TestEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);

            // WebApplication passes itself, its route builder, to the host's pipeline in the builder's properties.
            // Endpoints mapped on it go through the app's real routing and middleware order, as a feature's would.
            var endpoints = app.Properties.Values.OfType<IEndpointRouteBuilder>().Single();
            endpoints.MapMethods(SignInPath, [HttpMethods.Get, HttpMethods.Post], () => "signed in").RequireRateLimiting(RateLimitPolicies.SignIn);
            endpoints.MapPost(JoinPath, () => "joined").RequireRateLimiting(RateLimitPolicies.Join);
            endpoints.MapPost(TokenPath, () => "token").RequireRateLimiting(RateLimitPolicies.Token);
        };
    }
}
