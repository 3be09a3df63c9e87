using Npgsql;

namespace Minwon.Web.Tests.Infrastructure;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task Creates_separate_databases_on_the_shared_server()
    {
        var server = await PostgresServer.AcquireAsync();
        try
        {
            await AssertSeparateDatabasesAsync(server);
        }
        finally
        {
            await server.ReleaseAsync();
        }
    }

    static async Task AssertSeparateDatabasesAsync(PostgresServer server)
    {
        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();
        Assert.NotEqual(first, second);

        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_database(), current_setting('fsync')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(new NpgsqlConnectionStringBuilder(first).Database, reader.GetString(0));
        Assert.Equal("off", reader.GetString(1));
    }
}
