using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Deadlines;
using Minwon.Web.Api;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Incidents;

public static class IncidentsSetup
{
    /// <summary>The incident API: a bearer token of a supervisor, administrator or safety-team member.</summary>
    public const string ApiPolicy = "incidents-api";

    public static IServiceCollection AddIncidents(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection("Incidents").Get<IncidentOptions>() ?? new IncidentOptions();
        services.AddSingleton(options);
        // The chain's key stays out of the database. The embedded SQLite mode keeps a key file beside its database by
        // default; with PostgreSQL (several instances, one shared key) it must be configured.
        var sqlite = !(config["Database:Provider"] ?? "Sqlite").Equals("Postgres", StringComparison.OrdinalIgnoreCase);
        services.AddSingleton(new IncidentLedgerKeyStore(options, sqlite ? "data/incident-ledger.key" : null));
        services.AddScoped<IncidentService>();
        services.AddScoped<IncidentVerifier>();
        services.AddScoped<PolicePackage>();
        services.AddAuthorizationBuilder().AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme)
            .RequireAuthenticatedUser().RequireRole(Roles.Supervisor, Roles.Admin, Roles.Safety));
        return services;
    }

    public static WebApplication MapIncidents(this WebApplication app)
    {
        // The police package: a download for the staff pages (cookie), recorded in the ledger as it is made.
        app.MapGet("/staff/protection/incidents/{id:long}/package", async Task<Results<FileContentHttpResult, NotFound, ForbidHttpResult>> (
                long id, bool? names, ClaimsPrincipal user, UserManager<StaffUser> users, PolicePackage package, CancellationToken ct) =>
            {
                var me = await users.GetUserAsync(user);
                if (me is null) return TypedResults.Forbid();
                var result = await package.BuildAsync(id, names == true, me, ct);
                return result is null ? TypedResults.NotFound() : TypedResults.File(result.Zip, "application/zip", result.FileName);
            })
            .RequireAuthorization(StaffPages.ProtectionPolicy)
            .ExcludeFromDescription();

        var api = app.MapGroup("/api/v1/staff/incidents").WithTags("Incidents").RequireAuthorization(ApiPolicy);
        api.MapGet("/", List).WithSummary("Incidents, newest first; filter by the complainant's phone (any format) or a complaint id.");
        api.MapGet("/{id:long}", Get).WithSummary("An incident as its ledger entries record it (staff by public alias).");
        api.MapPost("/", Create).WithSummary("Records an incident (evidence files are added on the incident page).");
        api.MapGet("/verify", async Task<Results<Ok<ChainReport>, ProblemHttpResult>> (string? anchor, IncidentVerifier verifier, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
            {
                LedgerAnchor? parsed = null;
                if (anchor is not null && !LedgerAnchor.TryParse(anchor, out parsed))
                    return TypedResults.Problem(detail: L["기준점은 기록 수:MAC 형식입니다 (예: 42:3f9a…, 64자리 16진수)."], statusCode: 400, title: L["요청이 올바르지 않습니다."]);
                return TypedResults.Ok(await verifier.VerifyAsync(parsed, ct));
            })
            .WithSummary("Verifies the whole keyed chain, every incident row and evidence file (against an earlier anchor `N:mac` when given); reports the first break and the anchor to keep.");
        return app;
    }

    /// <summary>
    /// <c>dotnet run --project src/Minwon.Web -- verify-incidents [--anchor N:mac]</c>: verifies the chain of the configured
    /// database (against an anchor written down earlier, when given), prints the head to anchor now, and returns the exit
    /// code (0 holds, 1 broken, 2 could not check: no database, no key or not the chain's key, a malformed anchor).
    /// </summary>
    public static async Task<int> RunVerifyCommandAsync(IServiceProvider services, TextWriter output, IReadOnlyList<string>? args = null)
    {
        LedgerAnchor? anchor = null;
        var at = args is null ? -1 : args.ToList().IndexOf("--anchor");
        if (at >= 0 && (at + 1 >= args!.Count || !LedgerAnchor.TryParse(args[at + 1], out anchor)))
        {
            await output.WriteLineAsync("ERROR: --anchor takes the head written down earlier, as N:mac (the entry count, a colon, 64 hex digits)");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        try
        {
            var report = await scope.ServiceProvider.GetRequiredService<IncidentVerifier>().VerifyAsync(anchor, CancellationToken.None);
            var b = report.Break;
            switch (report.Status)
            {
                case ChainStatus.Holds:
                    var unkeyed = report.UnkeyedEntries == 0 ? "" : report.KeyedSince is { } since
                        ? $"; {report.UnkeyedEntries} of them unkeyed (before {since:yyyy-MM-dd HH:mm} UTC): plain SHA-256, which anyone with database access can recompute"
                        : $"; all {report.UnkeyedEntries} unkeyed (written before the ledger key): plain SHA-256, which anyone with database access can recompute";
                    await output.WriteLineAsync($"OK: the incident chain holds ({report.EntriesChecked} entries, {report.EvidenceChecked} evidence files; key {report.KeyId}{unkeyed}).");
                    if (report.CheckedAnchor is { } a) await output.WriteLineAsync($"It still contains the anchor {a}.");
                    if (report.EntriesChecked > 0)
                    {
                        await output.WriteLineAsync($"Anchor: {report.Anchor}");
                        await output.WriteLineAsync("Write the anchor down (or send it) outside the database: checked later with --anchor, it shows whether newest entries were removed.");
                    }
                    return 0;
                case ChainStatus.Broken:
                    await output.WriteLineAsync($"BROKEN at entry {b!.Sequence} (incident {b.IncidentId}): {b.Problem}. {report.EntriesChecked} entries before it hold; last good hash {report.HeadHash}");
                    return 1;
                default:
                    await output.WriteLineAsync($"ERROR: could not verify the incident chain: {b!.Problem}" + (b.Sequence > 0 ? $" (entry {b.Sequence})" : ""));
                    return 2;
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            await output.WriteLineAsync($"ERROR: could not verify the incident chain: {ex.Message}");
            return 2;
        }
    }

    public sealed record IncidentSummary(long Id, string Number, IncidentType Type, IncidentSource Source, long? ComplaintId,
        DateTimeOffset OccurredAt, DateTimeOffset RecordedAt);

    public sealed record IncidentDetail(long Id, string Number, IncidentType Type, IncidentSource Source, long? ComplaintId, string? ComplaintReceipt,
        string? CallReference, string? ComplainantName, string? ComplainantPhone, DateTimeOffset OccurredAt, string Place, IReadOnlyList<string> StaffAliases,
        string Description, string? Witnesses, IReadOnlyList<IncidentMeasure> Measures, IReadOnlyList<EvidencePayload> Evidence,
        IReadOnlyList<LedgerRow> Ledger);

    public sealed record LedgerRow(long Sequence, LedgerEntryKind Kind, DateTimeOffset RecordedAt, string Actor, string Hash);

    static DateTimeOffset Kst(DateTime utc) => new(KoreaTime.ToKst(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), KoreaTime.Offset);

    static async Task<Ok<List<IncidentSummary>>> List(string? phone, long? complaintId, AppDbContext db, CancellationToken ct)
    {
        var query = phone is null ? db.Set<Incident>().AsNoTracking().OrderByDescending(i => i.OccurredAt) : IncidentService.ForComplainant(db, phone);
        if (complaintId is long cid) query = query.Where(i => i.ComplaintId == cid);
        var rows = await query.Take(200).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(i => new IncidentSummary(i.Id, i.Number, i.Type, i.Source, i.ComplaintId, Kst(i.OccurredAt), Kst(i.RecordedAt))).ToList());
    }

    static async Task<Results<Ok<IncidentDetail>, ProblemHttpResult>> Get(long id, IncidentService incidents, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var view = await incidents.LoadAsync(id, ct);
        return view is null ? NotFound(L) : TypedResults.Ok(Detail(view));
    }

    static async Task<Results<Created<IncidentDetail>, ProblemHttpResult>> Create(IncidentInput input, ClaimsPrincipal user, UserManager<StaffUser> users,
        IncidentService incidents, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var me = await users.GetUserAsync(user);
        if (me is null) return ProblemResults.From(Outcome.Forbidden("권한이 없습니다."), L);
        var (errors, incident) = await incidents.RecordAsync(input, [], me, canSeeAll: true, ct);
        if (errors.Count > 0)
        {
            var problems = errors.GroupBy(e => char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
                .ToDictionary(g => g.Key, g => g.Select(e => L[e.Message, e.Args].Value).ToArray());
            return TypedResults.Problem(detail: L["입력 내용을 확인해 주세요."], statusCode: 400, title: L["요청이 올바르지 않습니다."],
                extensions: new Dictionary<string, object?> { ["errors"] = problems });
        }
        var view = (await incidents.LoadAsync(incident!.Id, ct))!;
        return TypedResults.Created($"/api/v1/staff/incidents/{incident.Id}", Detail(view));
    }

    static ProblemHttpResult NotFound(IStringLocalizer<SharedResource> L) =>
        TypedResults.Problem(detail: L["사건을 찾을 수 없습니다."], statusCode: 404, title: L["찾을 수 없습니다."]);

    static IncidentDetail Detail(IncidentView v)
    {
        var c = v.Created;
        return new IncidentDetail(v.Incident.Id, v.Incident.Number, c.Type, c.Source, c.ComplaintId, c.ComplaintReceipt, c.CallReference,
            c.ComplainantName, c.ComplainantPhone, Kst(c.OccurredAt), c.Place, c.Staff.Select(s => s.Alias).ToList(), c.Description, c.Witnesses,
            v.Measures, v.Entries.Where(e => e.Kind == LedgerEntryKind.EvidenceAdded).Select(e => LedgerJson.Read<EvidencePayload>(e.Payload)).ToList(),
            v.Entries.Select(e => new LedgerRow(e.Sequence, e.Kind, Kst(e.RecordedAt), e.ActorAlias, e.Hash)).ToList());
    }
}
