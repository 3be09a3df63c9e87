using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Minwon.Web.Data;

public static class DatabaseSetup
{
    /// <summary>Registers AppDbContext on SQLite (default) or PostgreSQL, chosen by Database:Provider.</summary>
    public static IServiceCollection AddMinwonDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var cs = config.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(cs))
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is empty.");
            services.AddDbContext<AppDbContext>(o => o.UseNpgsql(cs, n => n.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)));
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var cs = config.GetConnectionString("Sqlite") ?? "Data Source=data/minwon.db";
            EnsureSqliteFolder(cs, env.ContentRootPath);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(cs));
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite or Postgres.");
        }
        // Instances behind a load balancer must read each other's cookies and tokens: keys live in the database.
        services.AddDataProtection().SetApplicationName("Minwon").PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    static void EnsureSqliteFolder(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:") return;
        var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(Directory.GetCurrentDirectory(), builder.DataSource);
        var dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
    }
}
