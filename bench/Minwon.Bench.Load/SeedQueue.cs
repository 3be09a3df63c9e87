using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Minwon.Bench.Load;

/// <summary>
/// Bulk-loads complaints straight into a migrated Minwon database (the app must have started once on it, with demo data,
/// so departments, categories and staff exist). SQLite: one prepared INSERT, committed in batches. PostgreSQL: binary COPY.
/// </summary>
static class SeedQueue
{
    static readonly string[] Columns =
    [
        "Type", "CategoryId", "DepartmentId", "AssigneeId", "Title", "Body", "CitizenName", "CitizenPhone", "PhoneLast4", "Language",
        "ConsentedAt", "Status", "ReceivedAt", "ClockStartedAt", "DueAt", "Extended", "Answer", "AnsweredAt", "AnsweredByAlias", "ClosedAt", "Version",
        "Fingerprint", "AnsweredRepeats", "Severity",
    ];

    static readonly (string Type, int Hours)[] Types =
        [("Question", 7 * 24), ("Proposal", 14 * 24), ("Grievance", 7 * 24), ("Other", 3), ("LegalQuestion", 14 * 24), ("Question", 7 * 24)];
    static readonly string[] Titles = ["도로 파손 신고", "불법 주정차 단속 요청", "쓰레기 미수거", "가로등 고장", "버스 배차 간격 건의", "공사 소음",
        "기초연금 신청 문의", "도서관 운영시간 건의", "재산세 산정 문의", "경로당 난방 고충", "무인민원발급기 고장", "축사 악취"];
    static readonly string[] Places = ["한빛로", "중앙로", "동부길", "새마을로", "군청 앞", "읍사무소 옆", "초등학교 앞", "시장 입구"];
    static readonly string[] Names = ["김민준", "이서연", "박도윤", "최하은", "정예준", "강지우", "조시우", "윤수아", "장주원", "임지민"];

    sealed record Row(string Type, int CategoryId, int DepartmentId, string? AssigneeId, string Title, string Body, string Name, string Phone,
        string Last4, DateTime ConsentedAt, string Status, DateTime ReceivedAt, DateTime DueAt, string? Answer, DateTime? AnsweredAt,
        string? AnsweredBy, DateTime? ClosedAt)
    {
        /// <summary>The MinHash fingerprint the app stores at filing (title and body), for the similar-complaints look-up.</summary>
        public byte[] Fingerprint => Minwon.Screening.Duplicates.MinHasher.Compute(Title + "\n" + Body).ToBytes();
    }

    public static async Task<int> RunAsync(Options o)
    {
        var provider = o.Required("provider").ToLowerInvariant();
        var connection = o.Required("connection");
        var count = o.Int("count", 1_000_000);
        var batch = o.Int("batch", 20_000);
        var sw = Stopwatch.StartNew();
        switch (provider)
        {
            case "sqlite":
                await using (var db = new SqliteConnection(connection)) { await db.OpenAsync(); await SqliteAsync(db, count, batch); }
                break;
            case "postgres":
                // No command timeout: finishing the COPY (index maintenance) and VACUUM ANALYZE take minutes on a busy machine.
                await using (var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { CommandTimeout = 0 }.ConnectionString)) { await db.OpenAsync(); await PostgresAsync(db, count); }
                break;
            default:
                throw new ArgumentException("--provider must be sqlite or postgres.");
        }
        Console.WriteLine($"seed-queue: {count:N0} complaints into {provider} in {sw.Elapsed.TotalSeconds:0.0} s (including ANALYZE)");
        return 0;
    }

    /// <summary>Departments, categories and staff from the demo data, so every row points at real ones.</summary>
    static async Task<Func<Random, DateTime, Row>> GeneratorAsync(DbConnection db)
    {
        var categories = new List<(int Id, int Dept)>();
        var staff = new Dictionary<int, List<(string Id, string Alias)>>();
        await using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = """SELECT "Id", "DepartmentId" FROM "Categories" ORDER BY "Id" """;
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) categories.Add((r.GetInt32(0), r.GetInt32(1)));
        }
        await using (var cmd = db.CreateCommand())
        {
            cmd.CommandText = """SELECT "Id", "DepartmentId", "PublicAlias" FROM "AspNetUsers" """;
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                var dept = r.GetInt32(1);
                if (!staff.TryGetValue(dept, out var list)) staff[dept] = list = [];
                list.Add((r.GetString(0), r.GetString(2)));
            }
        }
        if (categories.Count == 0 || staff.Count == 0)
            throw new ArgumentException("No categories or staff: start the app once on this database with Database__SeedDemoData=true.");

        return (random, now) =>
        {
            var (category, dept) = categories[random.Next(categories.Count)];
            var (type, hours) = Types[random.Next(Types.Length)];
            // 10% waiting, 10% being handled (the open queue: ~200,000), 30% answered, 50% closed.
            var roll = random.Next(100);
            var status = roll < 10 ? "Received" : roll < 20 ? "Assigned" : roll < 50 ? "Answered" : "Closed";
            var open = roll < 20;
            // Open ones arrived in the last 30 days (so some are overdue), the rest over three years.
            var received = now - TimeSpan.FromMinutes(random.Next(open ? 30 * 24 * 60 : 3 * 365 * 24 * 60));
            var due = received + TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(random.Next(0, 600));
            var people = staff.TryGetValue(dept, out var s) ? s : staff.First().Value;
            var (assignee, alias) = status == "Received" ? (null, null) : people[random.Next(people.Count)];
            var answered = status is "Answered" or "Closed" ? received + TimeSpan.FromHours(random.Next(1, hours + 1)) : (DateTime?)null;
            var place = Places[random.Next(Places.Length)];
            var title = Titles[random.Next(Titles.Length)];
            var phone = $"010-{random.Next(2000, 9999)}-{random.Next(1000, 9999)}";
            return new Row(type, category, dept, assignee, $"{place} {title}",
                $"{place} 인근 {title} 건으로 민원을 제출합니다. {random.Next(2, 30)}일째 해결되지 않아 확인을 부탁드립니다. (참고 {random.Next():x8})",
                Names[random.Next(Names.Length)], phone, phone[^4..], received, status, received, due,
                answered is null ? null : "안녕하십니까. 문의하신 사항은 담당 부서에서 확인하여 조치하였습니다. 감사합니다.",
                answered, answered is null ? null : alias, status == "Closed" ? answered!.Value.AddDays(3) : null);
        };
    }

    static async Task SqliteAsync(SqliteConnection db, int count, int batch)
    {
        var next = await GeneratorAsync(db);
        await using (var pragma = db.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144;";
            await pragma.ExecuteNonQueryAsync();
        }
        var random = new Random(2026);
        var now = DateTime.UtcNow;
        await using var insert = db.CreateCommand();
        insert.CommandText = $"""INSERT INTO "Complaints" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})""";
        var ps = Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray();
        for (var done = 0; done < count;)
        {
            await using var tx = (SqliteTransaction)await db.BeginTransactionAsync();
            insert.Transaction = tx;
            insert.Prepare();
            var end = Math.Min(count, done + batch);
            for (; done < end; done++)
            {
                var r = next(random, now);
                object?[] values = [r.Type, r.CategoryId, r.DepartmentId, r.AssigneeId, r.Title, r.Body, r.Name, r.Phone, r.Last4, "ko",
                    r.ConsentedAt, r.Status, r.ReceivedAt, r.ReceivedAt, r.DueAt, 0, r.Answer, r.AnsweredAt, r.AnsweredBy, r.ClosedAt, 0, r.Fingerprint, 0, "None"];
                for (var i = 0; i < ps.Length; i++) ps[i].Value = values[i] ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
            if (done % 200_000 == 0) Console.WriteLine($"  {done:N0}");
        }
        await using var analyze = db.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync();
    }

    static async Task PostgresAsync(NpgsqlConnection db, int count)
    {
        var next = await GeneratorAsync(db);
        var random = new Random(2026);
        var now = DateTime.UtcNow;
        await using (var copy = await db.BeginBinaryImportAsync(
            $"""COPY "Complaints" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"""))
        {
            copy.Timeout = TimeSpan.FromMinutes(30);
            for (var done = 0; done < count; done++)
            {
                var r = next(random, now);
                await copy.StartRowAsync();
                await copy.WriteAsync(r.Type, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.CategoryId, NpgsqlDbType.Integer);
                await copy.WriteAsync(r.DepartmentId, NpgsqlDbType.Integer);
                await WriteNullableAsync(copy, r.AssigneeId, NpgsqlDbType.Text);
                await copy.WriteAsync(r.Title, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Body, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Name, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Phone, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.Last4, NpgsqlDbType.Varchar);
                await copy.WriteAsync("ko", NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.ConsentedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(r.Status, NpgsqlDbType.Varchar);
                await copy.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(r.DueAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                await WriteNullableAsync(copy, r.Answer, NpgsqlDbType.Text);
                await WriteNullableAsync(copy, r.AnsweredAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(copy, r.AnsweredBy, NpgsqlDbType.Text);
                await WriteNullableAsync(copy, r.ClosedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(r.Fingerprint, NpgsqlDbType.Bytea);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync("None", NpgsqlDbType.Varchar);
                if ((done + 1) % 200_000 == 0) Console.WriteLine($"  {done + 1:N0}");
            }
            await copy.CompleteAsync();
        }
        await using var analyze = db.CreateCommand();
        analyze.CommandText = """VACUUM ANALYZE "Complaints" """;
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync();
    }

    static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);
}
