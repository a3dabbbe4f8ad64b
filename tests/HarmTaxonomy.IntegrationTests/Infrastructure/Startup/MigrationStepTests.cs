using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Infrastructure.Marten;
using Marten;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Startup;

/// <summary>Production changes the schema only through the explicit <c>migrate</c> step.</summary>
public sealed class MigrationStepTests
{
    [Fact]
    public async Task Production_refuses_to_start_on_a_database_that_was_never_migrated()
    {
        var database = await TestPostgres.CreateDatabaseAsync("unmigrated");

        var outcome = await AppProcess.RunUntilExitAsync(Production(database));

        outcome.ExitCode.ShouldBe(1);
        var line = outcome.Lines.Where(l => l.Contains("crit:", StringComparison.Ordinal)).ShouldHaveSingleItem(outcome.Output);
        line.ShouldContain("schema is not current");
        line.ShouldContain("migrate");
    }

    [Fact]
    public async Task The_migrate_command_brings_the_schema_up_to_date_and_exits()
    {
        var database = await TestPostgres.CreateDatabaseAsync("migrated");

        var outcome = await AppProcess.RunUntilExitAsync(
            Production(database),
            "migrate");

        outcome.ExitCode.ShouldBe(0, outcome.Output);
        using var store = new DocumentStore(MartenSetup.CreateOptions(database, isDevelopment: false));
        await Should.NotThrowAsync(() => store.Storage.Database.AssertDatabaseMatchesConfigurationAsync());
    }

    [Fact]
    public async Task Production_without_token_signing_certificates_names_the_settings_to_fix()
    {
        var database = await TestPostgres.CreateDatabaseAsync("nocertificates");
        var settings = new Dictionary<string, string>(Production(database)) { ["OpenIddict__UseDevelopmentCertificates"] = "false" };

        var outcome = await AppProcess.RunUntilExitAsync(settings, "migrate");

        outcome.ExitCode.ShouldBe(1);
        outcome.Lines.Where(l => l.Contains("crit:", StringComparison.Ordinal)).ShouldHaveSingleItem(outcome.Output)
            .ShouldContain("OpenIddict:SigningCertificate:Path");
    }

    // Production as the demo compose file runs it: development certificates allowed explicitly.
    private static Dictionary<string, string> Production(string database) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Postgres"] = database,
        ["OpenIddict__UseDevelopmentCertificates"] = "true",
    };
}
