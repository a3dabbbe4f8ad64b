using System.Net;
using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>
/// Writes account emails (password reset, confirmation) to the log instead of sending them: the platform has no
/// mail transport yet. In Development that is how a reset link is followed; elsewhere it warns the operator.
/// Links arrive HTML-encoded, ready for an HTML mail body (the <see cref="IEmailSender{TUser}"/> convention); the log
/// gets the plain link, so it can be pasted into a browser.
/// </summary>
public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger, IHostEnvironment environment)
    : IEmailSender<AppUser>, IEmailDeliveryStatus
{
    /// <summary>In Development the log is the mailbox; elsewhere nothing is sent.</summary>
    public bool Delivers => environment.IsDevelopment();

    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        Write(email, "Confirm your HarmTaxonomy account", WebUtility.HtmlDecode(confirmationLink));

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        Write(email, "Reset your HarmTaxonomy password", WebUtility.HtmlDecode(resetLink));

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        Write(email, "Your HarmTaxonomy password reset code", resetCode);

    private Task Write(string email, string subject, string body)
    {
        if (environment.IsDevelopment())
        {
            logger.LogInformation("Email to {Email}: {Subject}: {Body}", email, subject, body);
        }
        else
        {
            logger.LogWarning("No mail transport is configured; an email to {Email} ({Subject}) was not sent.", email, subject);
        }

        return Task.CompletedTask;
    }
}
