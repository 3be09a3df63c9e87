using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Data;
using Minwon.Web.Seeding;
using Npgsql;

namespace Minwon.Web.Tests.Infrastructure;

public enum DatabaseKind { Sqlite, Postgres }

public sealed class MinwonAppOptions
{
    /// <summary>Seed the full demo institution (about 300 complaints: slower to start). Off by default.</summary>
    public bool SeedDemoData { get; init; }

    /// <summary>
    /// Seed only the demo departments, categories and staff (the logins of <see cref="DemoSeeder"/>, password
    /// <see cref="DemoSeeder.Password"/>), no complaints: a small known fixture that starts fast.
    /// </summary>
    public bool SeedStaff { get; init; }

    /// <summary>Serve on real Kestrel at a free 127.0.0.1 port (browser tests) instead of the in-memory TestServer.</summary>
    public bool UseKestrel { get; init; }

    /// <summary>Extra configuration, applied after (and so over) the test defaults.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Replace services after the app registered its own (a fake clock, a failing sender...).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}

/// <summary>
/// The whole app on a database of its own: a unique SQLite file, or a fresh database on the run's throwaway PostgreSQL.
/// Mail goes over real SMTP to <see cref="Smtp"/>; the outbox is polled every second. Migrations run on start.
/// Used as an xunit fixture (<see cref="SqliteApp"/>, <see cref="PostgresApp"/>), or created by a test that needs
/// its own instance: <c>await using var app = await MinwonApp.StartAsync(DatabaseKind.Postgres, new() { SeedDemoData = true });</c>
/// </summary>
public class MinwonApp(DatabaseKind database, MinwonAppOptions? options = null) : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly MinwonAppOptions options = options ?? new MinwonAppOptions();
    string? sqliteFile;
    PostgresServer? postgres;
    int disposed;

    public DatabaseKind Database { get; } = database;
    public SmtpTestServer Smtp { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    /// <summary>The incident ledger key file of this instance (created by the app at start, removed with it).</summary>
    public string LedgerKeyFile { get; } = Path.Combine(Path.GetTempPath(), $"minwon-test-{Guid.NewGuid():N}.ledger.key");

    /// <summary>Where the app listens: a real http://127.0.0.1:port/ with Kestrel, http://localhost/ with TestServer.</summary>
    public Uri ServerAddress => ClientOptions.BaseAddress;

    public static async Task<MinwonApp> StartAsync(DatabaseKind database, MinwonAppOptions? options = null)
    {
        var app = new MinwonApp(database, options);
        try
        {
            await app.InitializeAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async Task InitializeAsync()
    {
        Smtp = new SmtpTestServer();
        if (Database == DatabaseKind.Postgres)
        {
            postgres = await PostgresServer.AcquireAsync();
            ConnectionString = await postgres.CreateDatabaseAsync();
        }
        else
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"minwon-test-{Guid.NewGuid():N}.db");
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = sqliteFile, Pooling = true }.ToString();
        }

        if (options.UseKestrel) UseKestrel(0);
        // Builds and starts the host now (migrations, seeding), so a broken start fails the fixture, not the first test.
        await Task.Run(StartServer);

        if (options.SeedStaff && !options.SeedDemoData)
        {
            await using var scope = Services.CreateAsyncScope();
            await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(complaintCount: 0);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Database.ToString(),
            [$"ConnectionStrings:{Database}"] = ConnectionString,
            ["Database:SeedDemoData"] = options.SeedDemoData ? "true" : "false",
            ["Smtp:Host"] = Smtp.Host,
            ["Smtp:Port"] = Smtp.Port.ToString(),
            ["Smtp:From"] = "minwon@test.example",
            ["Notifications:PollSeconds"] = "1",
            // Every test client shares one address; the limit itself is tested with its own instance.
            ["RateLimits:VerificationAttempts"] = "100000",
            ["Incidents:LedgerKeyFile"] = LedgerKeyFile,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        foreach (var (key, value) in options.Settings) settings[key] = value;
        // UseSetting reaches the configuration Program.cs reads while it is still building its services.
        foreach (var (key, value) in settings) builder.UseSetting(key, value);

        if (options.ConfigureServices is { } configure)
            builder.ConfigureTestServices(configure);
    }

    /// <summary>Runs <paramref name="action"/> with a DbContext of its own scope (arrange or assert on stored data).</summary>
    public async Task<T> ExecuteDbContextAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Runs <paramref name="action"/> with the services of a scope of its own (call an application service).</summary>
    public async Task<T> ExecuteScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task ExecuteDbContextAsync(Func<AppDbContext, Task> action) =>
        ExecuteDbContextAsync(async db => { await action(db); return true; });

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops the app, then removes its database and mail server (also for <c>await using</c>).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        if (Smtp is not null) await Smtp.DisposeAsync();
        if (postgres is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            await postgres.ReleaseAsync();
        }
        File.Delete(LedgerKeyFile);
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
                File.Delete(file);
        }
        GC.SuppressFinalize(this);
    }
}
