using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace HarmTaxonomy.Web.Tests.Infrastructure.Identity;

public sealed class LoggingEmailSenderTests
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public void Only_Development_counts_the_log_as_a_delivered_email(string environment, bool delivers)
    {
        var sender = new LoggingEmailSender(NullLogger<LoggingEmailSender>.Instance, new HostingEnvironment { EnvironmentName = environment });

        sender.Delivers.ShouldBe(delivers);
    }
}
