using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Minwon.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run: Debian's server binaries, <c>initdb</c> in a temp folder,
/// 127.0.0.1 on a free port, its socket in that folder (never the system cluster's), fsync off.
/// Fixtures share one through <see cref="AcquireAsync"/>/<see cref="ReleaseAsync"/>: it starts with the first lease and
/// stops with the last. A watchdog process stops and removes it if the test process dies first (the test host is
/// killed rather than exited at the end of a run, so a ProcessExit handler is not enough).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    const string FolderPrefix = "minwon-pg-";
    static readonly SemaphoreSlim sharedGate = new(1, 1);
    static PostgresServer? shared;
    static int leases;
    static int databaseCounter;

    readonly string binDir;
    readonly string folder;
    readonly bool asPostgresUser;
    int stopped;

    PostgresServer(string binDir, string folder, int port, bool asPostgresUser)
    {
        this.binDir = binDir;
        this.folder = folder;
        Port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    /// <summary>Connection string of the cluster's maintenance database.</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    /// <summary>The test process's shared server, started if no one holds it; pair with <see cref="ReleaseAsync"/>.</summary>
    public static async Task<PostgresServer> AcquireAsync()
    {
        await sharedGate.WaitAsync();
        try
        {
            shared ??= await StartAsync();
            leases++;
            return shared;
        }
        finally
        {
            sharedGate.Release();
        }
    }

    /// <summary>Gives back a lease from <see cref="AcquireAsync"/>; the last one stops the server.</summary>
    public async Task ReleaseAsync()
    {
        await sharedGate.WaitAsync();
        try
        {
            if (shared != this || --leases > 0) return;
            shared = null;
            Stop();
        }
        finally
        {
            sharedGate.Release();
        }
    }

    public static async Task<PostgresServer> StartAsync()
    {
        var binDir = FindBinDirectory();
        var asPostgresUser = Environment.UserName == "root";
        RemoveAbandonedClusters(binDir, asPostgresUser);

        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        File.WriteAllText(Path.Combine(folder, "owner.pid"), Environment.ProcessId.ToString());
        try
        {
            if (asPostgresUser)
                await RunAsync("chown", ["-R", "postgres:postgres", folder]);
            await RunPgAsync(binDir, asPostgresUser, "initdb",
                ["-D", Path.Combine(folder, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);

            StartWatchdog(folder, binDir, asPostgresUser);

            // A free port can be taken between probing and binding; try a few.
            for (var attempt = 1; ; attempt++)
            {
                var port = FreePort();
                try
                {
                    await RunPgAsync(binDir, asPostgresUser, "pg_ctl",
                    [
                        "start", "-w", "-t", "60", "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "log"),
                        "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                    ]);
                    return new PostgresServer(binDir, folder, port, asPostgresUser);
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                }
            }
        }
        catch (Exception ex)
        {
            var log = Path.Combine(folder, "log");
            var tail = File.Exists(log) ? File.ReadAllText(log) : "";
            TryDelete(folder);
            throw new InvalidOperationException($"Could not start a throwaway PostgreSQL from {binDir}: {ex.Message}\n{tail}", ex);
        }
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "minwon")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref databaseCounter)}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 20)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            IncludeErrorDetail = true,
        }.ConnectionString;

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    void Stop()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            RunPgAsync(binDir, asPostgresUser, "pg_ctl", ["stop", "-w", "-m", "immediate", "-D", Path.Combine(folder, "data")])
                .GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already gone; removing the folder is all that is left.
        }
        TryDelete(folder);
    }

    /// <summary>A detached shell that stops and deletes the cluster once this process is gone, however it ended.</summary>
    static void StartWatchdog(string folder, string binDir, bool asPostgresUser)
    {
        var pgCtl = $"{(asPostgresUser ? "runuser -u postgres -- " : "")}'{binDir}/pg_ctl' stop -m immediate -D '{folder}/data'";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} && [ -d '{folder}' ]; do sleep 2; done; " +
                     $"[ -f '{folder}/data/postmaster.pid' ] && {pgCtl}; rm -rf '{folder}'";
        var info = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/",
        };
        foreach (var arg in new[] { "sh", "-c", script }) info.ArgumentList.Add(arg);
        Process.Start(info)?.Dispose();
    }

    static string FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("MINWON_PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb")))
            return configured;

        // /usr/lib/postgresql/<major>/bin on Debian; the newest major wins.
        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Major: int.TryParse(Path.GetFileName(d), out var m) ? m : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")) && File.Exists(Path.Combine(d.Dir, "pg_ctl")))
                .OrderByDescending(d => d.Major)
                .Select(d => d.Dir)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin. " +
            "The integration tests start a throwaway PostgreSQL themselves: install it with `apt-get install postgresql` " +
            "(./test.sh does this when run as root), or set MINWON_PG_BIN to a folder holding initdb and pg_ctl.");
    }

    /// <summary>Stops and deletes clusters whose test process is gone (a run that was killed before it could clean up).</summary>
    static void RemoveAbandonedClusters(string binDir, bool asPostgresUser)
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            try
            {
                var ownerFile = Path.Combine(dir, "owner.pid");
                if (File.Exists(ownerFile) && int.TryParse(File.ReadAllText(ownerFile), out var pid) && IsAlive(pid)) continue;
                if (File.Exists(Path.Combine(dir, "data", "postmaster.pid")))
                    RunPgAsync(binDir, asPostgresUser, "pg_ctl", ["stop", "-w", "-m", "immediate", "-D", Path.Combine(dir, "data")])
                        .GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
            }
            TryDelete(dir);
        }
    }

    static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static Task RunPgAsync(string binDir, bool asPostgresUser, string tool, string[] args) =>
        asPostgresUser
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(binDir, tool), .. args])
            : RunAsync(Path.Combine(binDir, tool), args);

    static async Task RunAsync(string fileName, string[] args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // initdb and the server refuse to start in a folder the postgres user cannot enter.
            WorkingDirectory = "/",
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} did not finish within 90 s.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', args)} exited with {process.ExitCode}:\n{await stdout}{await stderr}");
    }

    static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
