using Microsoft.EntityFrameworkCore;

namespace Minwon.Web.Data;

/// <summary>The same model on SQLite, the embedded default; it exists so each provider keeps its own migrations.</summary>
public class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
