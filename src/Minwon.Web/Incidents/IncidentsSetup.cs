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
        services.AddSingleton(config.GetSection("Incidents").Get<IncidentOptions>() ?? new IncidentOptions());
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
        api.MapGet("/verify", async (IncidentVerifier verifier, CancellationToken ct) => TypedResults.Ok(await verifier.VerifyAsync(ct)))
            .WithSummary("Verifies the whole hash chain and every evidence file; reports the first break.");
        return app;
    }

    /// <summary>
    /// <c>dotnet run --project src/Minwon.Web -- verify-incidents</c>: verifies the chain of the configured database and
    /// returns the exit code (0 holds, 1 broken, 2 could not check).
    /// </summary>
    public static async Task<int> RunVerifyCommandAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            var report = await scope.ServiceProvider.GetRequiredService<IncidentVerifier>().VerifyAsync();
            if (report.Holds)
            {
                await output.WriteLineAsync($"OK: the incident chain holds ({report.EntriesChecked} entries, {report.EvidenceChecked} evidence files). Head {report.HeadHash}");
                return 0;
            }
            var b = report.Break!;
            await output.WriteLineAsync($"BROKEN at entry {b.Sequence} (incident {b.IncidentId}): {b.Problem}. {report.EntriesChecked} entries before it hold; last good hash {report.HeadHash}");
            return 1;
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
