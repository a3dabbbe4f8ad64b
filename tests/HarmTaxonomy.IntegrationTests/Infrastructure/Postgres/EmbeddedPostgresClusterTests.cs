using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using HarmTaxonomy.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit.Abstractions;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Postgres;

/// <summary>Runs the launcher against the machine's real PostgreSQL binaries, one cluster folder per test.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class EmbeddedPostgresClusterTests(ITestOutputHelper output)
{
    private readonly ILogger _logger = new TestOutputLogger(output);

    [Fact]
    public async Task First_start_initialises_a_cluster_listening_only_on_loopback()
    {
        using var folder = new TemporaryClusterFolder();

        await using var cluster = await EmbeddedPostgresCluster.StartAsync(folder.Options(), _logger);

        cluster.WasInitialized.ShouldBeTrue();
        cluster.DataDirectory.ShouldBe(folder.Path);
        cluster.ServerMajorVersion.ShouldBeGreaterThanOrEqualTo(15);
        (await QueryAsync<string>(cluster.ConnectionString, "SHOW listen_addresses")).ShouldBe("127.0.0.1");
        (await QueryAsync<string>(cluster.ConnectionString, "SELECT current_database()")).ShouldBe("harmtaxonomy");
        File.GetUnixFileMode(Path.Combine(folder.Path, "password")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public async Task Restart_reuses_the_existing_cluster_and_its_data()
    {
        using var folder = new TemporaryClusterFolder();
        var passwordFile = Path.Combine(folder.Path, "password");
        string firstPassword;
        await using (var first = await EmbeddedPostgresCluster.StartAsync(folder.Options(), _logger))
        {
            await ExecuteAsync(first.ConnectionString, "CREATE TABLE notes (text text); INSERT INTO notes VALUES ('kept')");
            firstPassword = await File.ReadAllTextAsync(passwordFile);
            await first.StopAsync();
        }

        await using var second = await EmbeddedPostgresCluster.StartAsync(folder.Options(), _logger);

        second.WasInitialized.ShouldBeFalse();
        (await QueryAsync<string>(second.ConnectionString, "SELECT text FROM notes")).ShouldBe("kept");
        (await File.ReadAllTextAsync(passwordFile)).ShouldBe(firstPassword);
        new NpgsqlConnectionStringBuilder(second.ConnectionString).Password.ShouldBe(firstPassword);
    }

    [Fact]
    public async Task Stop_shuts_the_server_down()
    {
        using var folder = new TemporaryClusterFolder();
        await using var cluster = await EmbeddedPostgresCluster.StartAsync(folder.Options(), _logger);
        (await QueryAsync<int>(cluster.ConnectionString, "SELECT 1")).ShouldBe(1);

        await cluster.StopAsync();

        File.Exists(Path.Combine(folder.Path, "data", "postmaster.pid")).ShouldBeFalse();
        await Should.ThrowAsync<NpgsqlException>(() => QueryAsync<int>(cluster.ConnectionString, "SELECT 1"));
        await cluster.StopAsync(); // idempotent
    }

    [Fact]
    public async Task Missing_binaries_give_a_clear_error_naming_the_three_ways_out()
    {
        using var folder = new TemporaryClusterFolder();
        var options = folder.Options() with { SearchPath = false, SearchDirectories = [] };

        var error = await Should.ThrowAsync<PostgresNotFoundException>(() => EmbeddedPostgresCluster.StartAsync(options, _logger));
        output.WriteLine(error.Message);

        error.Message.ShouldContain("install PostgreSQL");
        error.Message.ShouldContain("set ConnectionStrings__Postgres");
        error.Message.ShouldContain("docker compose up");
        Directory.Exists(folder.Path).ShouldBeFalse("nothing should be created before binaries are found");
    }

    [Fact]
    public async Task A_cluster_left_running_by_a_crashed_run_is_restarted()
    {
        using var folder = new TemporaryClusterFolder();
        // Never stopped explicitly: stands for the server of an app process that crashed.
        await using var crashed = await EmbeddedPostgresCluster.StartAsync(folder.Options(), _logger);
        var crashedStartTime = await QueryAsync<DateTime>(crashed.ConnectionString, "SELECT pg_postmaster_start_time()");

        await using var restarted = await EmbeddedPostgresCluster.StartAsync(folder.Options(), _logger);

        restarted.WasInitialized.ShouldBeFalse();
        (await QueryAsync<DateTime>(restarted.ConnectionString, "SELECT pg_postmaster_start_time()")).ShouldBeGreaterThan(crashedStartTime);
        if (restarted.Port != crashed.Port)
        {
            await Should.ThrowAsync<NpgsqlException>(() => QueryAsync<int>(crashed.ConnectionString, "SELECT 1"));
        }

        // The stale instance must not take the new server down with it.
        await crashed.DisposeAsync();
        (await QueryAsync<int>(restarted.ConnectionString, "SELECT 1")).ShouldBe(1);
        await restarted.StopAsync();
        File.Exists(Path.Combine(folder.Path, "data", "postmaster.pid")).ShouldBeFalse();
    }

    [Fact]
    public async Task CreateDatabaseAsync_is_idempotent_and_rejects_invalid_names()
    {
        using var folder = new TemporaryClusterFolder();
        await using var cluster = await EmbeddedPostgresCluster.StartAsync(folder.Options(), _logger);

        await cluster.CreateDatabaseAsync("ht_test_class_1");
        await cluster.CreateDatabaseAsync("ht_test_class_1");

        (await QueryAsync<string>(cluster.ConnectionStringFor("ht_test_class_1"), "SELECT current_database()")).ShouldBe("ht_test_class_1");
        foreach (var invalid in new[] { "", "Upper", "with-dash", "semi;colon", "quote\"d", new string('a', 64) })
        {
            await Should.ThrowAsync<ArgumentException>(() => cluster.CreateDatabaseAsync(invalid));
        }
    }

    [Fact]
    public async Task A_folder_the_cluster_user_cannot_reach_gives_a_clear_error()
    {
        using var folder = new TemporaryClusterFolder();
        // Not writable for a normal user, not traversable for the cluster user when running as root: like /root.
        Directory.CreateDirectory(folder.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var options = folder.Options() with { DataDirectory = Path.Combine(folder.Path, "cluster") };

        var error = await Should.ThrowAsync<EmbeddedPostgresException>(() => EmbeddedPostgresCluster.StartAsync(options, _logger));
        output.WriteLine(error.Message);

        error.Message.ShouldContain(options.DataDirectory);
        error.Message.ShouldContain("Postgres__Embedded__DataDirectory");
    }

    [Fact]
    public async Task A_port_taken_before_the_server_binds_it_is_replaced_by_another()
    {
        using var folder = new TemporaryClusterFolder();
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var takenPort = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var ports = new Queue<int>([takenPort, LoopbackPort.PickFree()]);

        await using var cluster = await EmbeddedPostgresLauncher.LaunchAsync(folder.Options(), _logger, ports.Dequeue, CancellationToken.None);

        cluster.Port.ShouldNotBe(takenPort);
        (await QueryAsync<int>(cluster.ConnectionString, "SELECT 1")).ShouldBe(1);
    }

    [Fact]
    public async Task Server_settings_reach_the_server_verbatim()
    {
        using var folder = new TemporaryClusterFolder();
        // pg_ctl hands its -o value to /bin/sh: quotes, $ and backticks must arrive untouched.
        const string tricky = "it's \"$HOME\" `id` ; x";
        var options = folder.Options() with
        {
            ServerSettings = new Dictionary<string, string>(TemporaryClusterFolder.FastServerSettings) { ["application_name"] = tricky },
        };

        await using var cluster = await EmbeddedPostgresCluster.StartAsync(options, _logger);

        (await QueryAsync<string>(cluster.ConnectionString, "SELECT current_setting('application_name')")).ShouldBe(tricky);
        (await QueryAsync<string>(cluster.ConnectionString, "SHOW fsync")).ShouldBe("off");
    }

    [Fact]
    public async Task A_server_that_fails_to_start_reports_the_tail_of_its_log_and_leaves_nothing_running()
    {
        using var folder = new TemporaryClusterFolder();
        var options = folder.Options() with
        {
            ServerSettings = new Dictionary<string, string> { ["shared_buffers"] = "not-a-size" },
        };

        var error = await Should.ThrowAsync<EmbeddedPostgresException>(() => EmbeddedPostgresCluster.StartAsync(options, _logger));
        output.WriteLine(error.Message);

        error.Message.ShouldContain("postgres.log");
        error.Message.ShouldContain("shared_buffers");
        File.Exists(Path.Combine(folder.Path, "data", "postmaster.pid")).ShouldBeFalse();
    }

    private static async Task<T> QueryAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
