using System.Runtime.Versioning;
using HarmTaxonomy.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Postgres;

/// <summary>Binary discovery and option checks: everything decided before a server is started.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class EmbeddedPostgresPreflightTests
{
    [Fact]
    public async Task The_search_finds_postgres_15_or_newer_on_this_machine()
    {
        var binaries = await PostgresBinariesLocator.LocateAsync(new EmbeddedPostgresOptions(), clusterMajorVersion: null, CancellationToken.None);

        binaries.MajorVersion.ShouldBeGreaterThanOrEqualTo(PostgresBinaries.MinimumMajorVersion);
        File.Exists(binaries.Initdb).ShouldBeTrue();
        // Symlinks such as /usr/local/bin/initdb must lead to the real folder, where postgres lives too.
        File.ResolveLinkTarget(binaries.Initdb, returnFinalTarget: false).ShouldBeNull();
    }

    [Fact]
    public async Task A_configured_bin_folder_without_the_binaries_is_rejected_with_its_name()
    {
        var options = new EmbeddedPostgresOptions { BinDirectory = "/tmp/no-postgres-here" };

        var error = await Should.ThrowAsync<EmbeddedPostgresException>(() => PostgresBinariesLocator.LocateAsync(options, null, CancellationToken.None));

        error.Message.ShouldContain("/tmp/no-postgres-here");
        error.Message.ShouldContain("initdb");
    }

    [Theory]
    [InlineData("listen_addresses")]
    [InlineData("port")]
    [InlineData("fsync=off -c listen_addresses")]
    public async Task Server_settings_cannot_override_what_the_launcher_owns(string name)
    {
        var options = new EmbeddedPostgresOptions
        {
            DataDirectory = "/tmp/ht-pg-tests/never-created",
            ServerSettings = new Dictionary<string, string> { [name] = "*" },
        };

        await Should.ThrowAsync<ArgumentException>(() => EmbeddedPostgresCluster.StartAsync(options, NullLogger.Instance));
    }

    [Theory]
    [InlineData("pg_ctl (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)", 15, "15.14")]
    [InlineData("pg_ctl (PostgreSQL) 17beta2", 17, "17beta2")]
    [InlineData("pg_ctl (PostgreSQL) 9.6.24", 9, "9.6.24")]
    public void Versions_are_read_from_pg_ctl_output(string output, int major, string version)
    {
        PostgresVersion.TryParse(output, out var parsedMajor, out var parsedVersion).ShouldBeTrue();
        parsedMajor.ShouldBe(major);
        parsedVersion.ShouldBe(version);
    }
}
