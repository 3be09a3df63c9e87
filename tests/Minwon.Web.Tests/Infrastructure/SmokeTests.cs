using System.Net;
using System.Text.Json;
using Minwon.Web.Tests.Infrastructure;

namespace Minwon.Web.Tests;

public abstract class SmokeTests(MinwonApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task Home_page_is_html()
    {
        var response = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_document_is_served()
    {
        var response = await Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
        Assert.True(document.RootElement.GetProperty("paths").EnumerateObject().Any());
    }
}

[Collection(Collections.Sqlite)]
public sealed class SmokeSqliteTests(SqliteApp app) : SmokeTests(app);

[Collection(Collections.Postgres)]
public sealed class SmokePostgresTests(PostgresApp app) : SmokeTests(app);
