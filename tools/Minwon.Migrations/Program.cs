using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Minwon.Web.Data;

// Usage: dotnet run --project tools/Minwon.Migrations -- add <MigrationName>
// Adds the migration to both sets: src/Minwon.Web/Data/Migrations/Sqlite and .../Postgres.
if (args is not ["add", var name])
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Minwon.Migrations -- add <MigrationName>");
    return 2;
}

var webDir = FindWebProject();
using (var sqlite = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options))
    Scaffold(sqlite, name, webDir, "Sqlite");
using (var postgres = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>()
           .UseNpgsql("Host=127.0.0.1", n => n.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)).Options))
    Scaffold(postgres, name, webDir, "Postgres");
return 0;

static void Scaffold(DbContext context, string name, string webDir, string provider)
{
    var reporter = new OperationReporter(new OperationReportHandler(
        e => Console.Error.WriteLine(e), w => Console.Error.WriteLine(w), Console.WriteLine, _ => { }));
    var assembly = typeof(AppDbContext).Assembly;
    var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "Minwon.Web", $"Data.Migrations.{provider}", "C#");
    var files = scaffolder.Save(webDir, migration, Path.Combine(webDir, "Data", "Migrations", provider));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
}

static string FindWebProject()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "src", "Minwon.Web");
        if (File.Exists(Path.Combine(candidate, "Minwon.Web.csproj"))) return candidate;
    }
    throw new InvalidOperationException("Run from inside the repository: src/Minwon.Web not found.");
}
