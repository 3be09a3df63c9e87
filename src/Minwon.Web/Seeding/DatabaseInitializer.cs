using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Deadlines;
using Minwon.Web.Calendar;
using Minwon.Web.Data;
using Minwon.Web.Staff;

namespace Minwon.Web.Seeding;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies migrations, creates the roles and known temporary holidays, and on an empty database seeds the demo
    /// institution when Database:SeedDemoData is true (the embedded default; switch it off in production).
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration config, ILogger log)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a complaint is being written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        // The incident chain's key, before anything (the demo seeder) appends to the chain.
        await sp.GetRequiredService<Incidents.IncidentLedgerKeyStore>().EnsureAsync(db, log);

        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        if (!await db.AdminHolidays.AnyAsync())
        {
            db.AdminHolidays.AddRange(KoreanPublicHolidays.KnownTemporaryHolidays.Select(h => new AdminHoliday { Date = h.Date, Name = h.NameKo }));
            await db.SaveChangesAsync();
        }

        if (config.GetValue("Database:SeedDemoData", false) && !await db.Departments.AnyAsync())
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(sp);
            await seeder.SeedAsync();
            await ActivatorUtilities.CreateInstance<Incidents.IncidentDemoSeeder>(sp).SeedAsync();
            await ActivatorUtilities.CreateInstance<Proactive.ProactiveDemoSeeder>(sp).SeedAsync();
            log.LogInformation("Seeded the demo institution.");
        }
        if (config.GetValue("Database:SeedDemoData", false))
            log.LogInformation("Demo logins (password {Password}): {Logins}", DemoSeeder.Password, string.Join(", ", DemoSeeder.Logins));
    }
}
