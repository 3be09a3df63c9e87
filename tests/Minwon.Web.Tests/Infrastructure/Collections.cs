namespace Minwon.Web.Tests.Infrastructure;

// How a test class runs once per database: write the tests once, against the abstract base...
//
//     public abstract class FooTests(MinwonApp app) : IntegrationTest(app)
//     {
//         [Fact] public async Task Home_page_answers() => (await Client.GetAsync("/")).EnsureSuccessStatusCode();
//     }
//
// ...then add one small subclass per database (the fixture type must be the concrete one):
//
//     [Collection(Collections.Sqlite)] public sealed class FooSqliteTests(SqliteApp app) : FooTests(app);
//     [Collection(Collections.Postgres)] public sealed class FooPostgresTests(PostgresApp app) : FooTests(app);
//
// Every class in a collection shares one app and one database for the whole run (tests in a collection run one after
// another; the two collections run in parallel), so a test creates the data it needs and never assumes an empty table.
// A test that needs a clean or demo-seeded instance starts its own: `await using var app = await MinwonApp.StartAsync(...)`.

public static class Collections
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}

public sealed class SqliteApp() : MinwonApp(DatabaseKind.Sqlite);

public sealed class PostgresApp() : MinwonApp(DatabaseKind.Postgres);

[CollectionDefinition(Collections.Sqlite)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>;

[CollectionDefinition(Collections.Postgres)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>;

/// <summary>Base of an integration test class: the shared app, a cookie-keeping client per test, the mailbox.</summary>
public abstract class IntegrationTest(MinwonApp app)
{
    HttpClient? client;

    protected MinwonApp App => app;

    /// <summary>A client of this test (cookies are not shared with other tests); follows redirects.</summary>
    protected HttpClient Client => client ??= app.CreateClient();

    protected SmtpTestServer Mail => app.Smtp;

    /// <summary>A client that does not follow redirects, to assert on the 302 itself.</summary>
    protected HttpClient CreateClientWithoutRedirects() =>
        app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
