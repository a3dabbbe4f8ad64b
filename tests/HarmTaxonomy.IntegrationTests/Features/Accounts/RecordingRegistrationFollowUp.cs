using System.Collections.Concurrent;
using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Http;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

/// <summary>Stands in for the guest-participation claim: remembers which accounts it ran for, and whether it saw the request.</summary>
public sealed class RecordingRegistrationFollowUp : IRegistrationFollowUp
{
    private readonly ConcurrentDictionary<Guid, string> calls = new();

    /// <summary>The user agent of the registering request, by account id.</summary>
    public IReadOnlyDictionary<Guid, string> Calls => calls;

    public Task AfterRegistrationAsync(AppUser user, HttpContext request, CancellationToken cancellationToken)
    {
        calls[user.Id] = request.Request.Headers.UserAgent.ToString();
        return Task.CompletedTask;
    }
}
