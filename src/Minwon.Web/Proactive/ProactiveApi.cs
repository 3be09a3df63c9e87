using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Api;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;

namespace Minwon.Web.Proactive;

public sealed record RecommendationRequest(RecommendationKind? Kind, int? DepartmentId, string? Title, string? Description, string? Change,
    string? Name, string? Phone, string? Email, string? Password, bool Consent, string? Language, string? ComplaintReceipt, string? ComplaintVerification);

public sealed record RecommendationStatusView(string ReceiptNumber, RecommendationKind Kind, RecommendationStatus Status, string Department,
    string? Nominee, string Title, string SubmittedAt, string? ScreeningReason, string? Period, string? Award);

public sealed record VoteCandidateView(long Id, string Title, string Summary, string Department);
public sealed record VoteView(int PeriodId, string Period, string? OpensAt, string? ClosesAt, bool Open, IReadOnlyList<VoteCandidateView> Candidates, IReadOnlyDictionary<long, int>? Results);
public sealed record VoteCodeRequest(int PeriodId, long? RecommendationId, string? Name, string? Phone);
public sealed record VoteCodeSent(long CodeId);
public sealed record VoteRequest(long? CodeId, string? Code);
public sealed record GalleryItemView(string ReceiptNumber, string Title, string Summary, string Department, string? Official, string? Award, string Period);

/// <summary>The public JSON surface of 적극행정: recommend, follow a recommendation, vote, read the gallery.</summary>
public static class ProactiveApi
{
    static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static void MapProactiveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/proactive").WithTags("Proactive administration");
        // Recommending a complaint's handler checks that complaint's verification, so it is limited like every other check.
        api.MapPost("/recommendations", Submit).RequireRateLimiting(VerificationRateLimit.Policy).WithSummary("Recommend an official or a case; or the handler of an answered complaint (complaintReceipt + complaintVerification).");
        api.MapGet("/recommendations/{receiptNumber}", Status).RequireRateLimiting(VerificationRateLimit.Policy)
            .WithSummary("Status of a recommendation; X-Verification: the password, else the last 4 phone digits. 429 with Retry-After while the receipt is locked.");
        api.MapGet("/vote", Vote).WithSummary("The current public vote: its window, candidates, and the tally once closed.");
        api.MapPost("/vote/code", SendCode).RequireRateLimiting(VerificationRateLimit.Policy).WithSummary("Send a one-time code by SMS to the voter's mobile phone.");
        api.MapPost("/vote", Cast).RequireRateLimiting(VerificationRateLimit.Policy).WithSummary("Cast the vote with the code; one vote per person and period.");
        api.MapGet("/gallery", Gallery).WithSummary("Published best cases.");
    }

    static async Task<Results<Created<RecommendationStatusView>, ProblemHttpResult>> Submit(RecommendationRequest req, RecommendationService service,
        AppDbContext db, HttpContext http, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var input = new RecommendationInput
        {
            Kind = req.Kind, DepartmentId = req.DepartmentId, Title = req.Title, Description = req.Description, Change = req.Change,
            Name = req.Name, Phone = req.Phone, Email = req.Email, Password = req.Password, Consent = req.Consent,
            Language = req.Language ?? (English ? "en" : "ko"), ComplaintReceipt = req.ComplaintReceipt, ComplaintVerification = req.ComplaintVerification,
        };
        var (outcome, r) = await service.SubmitAsync(input, ct);
        if (outcome.RetryAfter is TimeSpan locked) return ProblemResults.Locked(http, locked, L);
        if (!outcome.Succeeded) return ProblemResults.From(outcome, L);
        await db.Entry(r!).Reference(x => x.Department).LoadAsync(ct);
        return TypedResults.Created($"/api/v1/proactive/recommendations/{r!.ReceiptNumber}", View(r, L));
    }

    static async Task<Results<Ok<RecommendationStatusView>, ProblemHttpResult>> Status(string receiptNumber,
        [FromHeader(Name = "X-Verification")] string? verification, RecommendationService service, HttpContext http, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var check = await service.FindForCitizenAsync(receiptNumber, verification, ct);
        if (check.LockedFor is TimeSpan locked) return ProblemResults.Locked(http, locked, L);
        return check.Value is { } r
            ? TypedResults.Ok(View(r, L))
            : TypedResults.Problem(L[RecommendationService.NotVerified].Value, statusCode: 404, title: L["찾을 수 없습니다."].Value);
    }

    static RecommendationStatusView View(Recommendation r, IStringLocalizer<SharedResource> L) => new(r.ReceiptNumber, r.Kind, r.Status,
        ProactiveText.Department(r), r.NomineeAlias, r.Title, Pages.Staff.StaffText.Kst(r.SubmittedAt), r.ScreeningReason, r.Period?.Name,
        r.Award is null ? null : L[ProactiveText.Award(r.Award)].Value);

    static async Task<Results<Ok<VoteView>, ProblemHttpResult>> Vote(VoteService votes, TimeProvider clock, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var p = await votes.CurrentPeriodAsync(ct);
        if (p is null) return TypedResults.Problem(L["진행 중인 투표가 없습니다."].Value, statusCode: 404, title: L["찾을 수 없습니다."].Value);
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = (await votes.CandidatesAsync(p.Id, ct))
            .Select(r => new VoteCandidateView(r.Id, ProactiveText.PublicTitle(r) ?? "", ProactiveText.PublicSummary(r) ?? "", ProactiveText.Department(r))).ToList();
        return TypedResults.Ok(new VoteView(p.Id, p.Name, Kst(p.VoteOpensAt), Kst(p.VoteClosesAt), p.VoteOpen(now), candidates, await votes.ResultsAsync(p, ct)));
    }

    static async Task<Results<Accepted<VoteCodeSent>, ProblemHttpResult>> SendCode(VoteCodeRequest req, VoteService votes, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var (outcome, id) = await votes.SendCodeAsync(req.PeriodId, req.RecommendationId, req.Name, req.Phone, ct);
        return outcome.Succeeded ? TypedResults.Accepted((string?)null, new VoteCodeSent(id!.Value)) : ProblemResults.From(outcome, L);
    }

    static async Task<Results<Created, ProblemHttpResult>> Cast(VoteRequest req, VoteService votes, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var (outcome, _) = await votes.CastAsync(req.CodeId, req.Code, ct);
        return outcome.Succeeded ? TypedResults.Created() : ProblemResults.From(outcome, L);
    }

    static async Task<Ok<List<GalleryItemView>>> Gallery(AppDbContext db, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var items = await GalleryQuery.PublishedAsync(db, ct);
        return TypedResults.Ok(items.Select(r => new GalleryItemView(r.ReceiptNumber, ProactiveText.PublicTitle(r) ?? "", ProactiveText.PublicSummary(r) ?? "",
            ProactiveText.Department(r), ProactiveText.PublicNominee(r), L[ProactiveText.Award(r.Award)].Value, r.Period is null ? "" : ProactiveText.PeriodLabel(r.Period, L))).ToList());
    }

    static string? Kst(DateTime? utc) => utc is DateTime t ? Pages.Staff.StaffText.Kst(t) : null;
}

public static class GalleryQuery
{
    /// <summary>The latest period first, within it the highest award first (the award is stored as text, so sorted here).</summary>
    public static async Task<List<Recommendation>> PublishedAsync(AppDbContext db, CancellationToken ct) =>
        (await db.Set<Recommendation>().AsNoTracking().Include(r => r.Department).Include(r => r.Nominee).Include(r => r.Period)
            .Where(r => r.Status == RecommendationStatus.Selected && r.PublishedAt != null).ToListAsync(ct))
        .OrderByDescending(r => r.Period?.StartsOn).ThenBy(r => r.Award).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).ToList();
}
