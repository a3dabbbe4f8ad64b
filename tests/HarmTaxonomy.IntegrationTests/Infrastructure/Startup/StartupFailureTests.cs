using System.Net;
using System.Net.Sockets;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Startup;

/// <summary>Bad configuration ends in one clear log line and a non-zero exit code, never a bare stack trace.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task An_unreachable_database_is_one_clear_line_and_exit_code_1()
    {
        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = $"Host=127.0.0.1;Port={UnusedPort()};Username=nobody;Password=nothing;Database=none;Timeout=3",
        });

        outcome.ExitCode.ShouldBe(1);
        ShouldExplainInOneLine(outcome, "PostgreSQL is not reachable");
    }

    [Fact]
    public async Task A_port_already_in_use_is_one_clear_line_and_exit_code_1()
    {
        using var occupier = new TcpListener(IPAddress.Loopback, 0);
        occupier.Start();
        var port = ((IPEndPoint)occupier.LocalEndpoint).Port;
        var database = await TestPostgres.CreateDatabaseAsync("portinuse");

        var outcome = await AppProcess.RunUntilExitAsync(
            new Dictionary<string, string> { ["ConnectionStrings__Postgres"] = database },
            "--urls", $"http://127.0.0.1:{port}");

        outcome.ExitCode.ShouldBe(1);
        ShouldExplainInOneLine(outcome, "--urls");
    }

    [Fact]
    public async Task Missing_postgres_binaries_name_the_ways_out()
    {
        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = "",
            ["Postgres__Embedded__BinDirectory"] = "/nonexistent/postgresql/bin",
            ["Postgres__Embedded__DataDirectory"] = Path.Combine(Path.GetTempPath(), $"ht-missing-{Guid.NewGuid():N}"),
        });

        outcome.ExitCode.ShouldBe(1);
        var line = ShouldExplainInOneLine(outcome, "/nonexistent/postgresql/bin");
        line.ShouldContain("install PostgreSQL");
        line.ShouldContain("ConnectionStrings__Postgres");
        line.ShouldContain("docker compose up");
    }

    [Theory]
    [InlineData("0", "RateLimits:SignInPerMinute must be a whole number of at least 1.")]
    [InlineData("ten", "RateLimits:SignInPerMinute")]
    public async Task An_invalid_rate_limit_is_one_clear_line_and_exit_code_1(string value, string advice)
    {
        var database = await TestPostgres.CreateDatabaseAsync("badlimit");

        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = database,
            ["RateLimits__SignInPerMinute"] = value,
        });

        outcome.ExitCode.ShouldBe(1);
        ShouldExplainInOneLine(outcome, advice).ShouldContain("Correct the setting");
    }

    [Fact]
    public async Task An_admin_password_that_breaks_the_rules_names_the_setting_to_fix()
    {
        var database = await TestPostgres.CreateDatabaseAsync("weakadmin");

        var outcome = await AppProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Postgres"] = database,
            ["Admin__Email"] = "operator@harm.example",
            ["Admin__Password"] = "short",
        });

        outcome.ExitCode.ShouldBe(1);
        ShouldExplainInOneLine(outcome, "Admin__Password");
    }

    private static string ShouldExplainInOneLine(AppProcess.Outcome outcome, string advice)
    {
        var critical = outcome.Lines.Where(line => line.Contains("crit:", StringComparison.Ordinal)).ToList();
        var line = critical.ShouldHaveSingleItem(outcome.Output);
        line.ShouldContain(advice);
        outcome.Lines.ShouldNotContain(l => l.StartsWith("at ", StringComparison.Ordinal), outcome.Output);
        return line;
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
