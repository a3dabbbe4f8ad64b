using System.Collections.Concurrent;
using System.Net;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

/// <summary>Keeps the reset links the app would have mailed, by address.</summary>
public sealed class CapturingEmailSender : IEmailSender<AppUser>
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> resetLinks = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> ResetLinksTo(string email) =>
        resetLinks.TryGetValue(email, out var links) ? links.ToList() : [];

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink)
    {
        // Links arrive HTML-encoded for a mail body; a mail client would decode them before following one.
        resetLinks.GetOrAdd(email, _ => new ConcurrentQueue<string>()).Enqueue(WebUtility.HtmlDecode(resetLink));
        return Task.CompletedTask;
    }

    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) => Task.CompletedTask;

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) => Task.CompletedTask;
}
