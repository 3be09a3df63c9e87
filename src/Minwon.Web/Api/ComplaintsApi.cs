using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Complaints;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;

namespace Minwon.Web.Api;

public static class ComplaintsApi
{
    public static void MapComplaintsApi(this RouteGroupBuilder api)
    {
        var citizens = api.MapGroup("/complaints").WithTags("Complaints");

        citizens.MapPost("/", Create)
            .WithSummary("File a complaint. Send an Idempotency-Key header so a retried request returns the first receipt.");
        citizens.MapGet("/{receiptNumber}", GetStatus).RequireRateLimiting(VerificationRateLimit.Policy)
            .WithSummary("Status, timeline and answer; X-Verification: the password set when filing, else the last 4 phone digits. 429 with Retry-After while the receipt is locked after 10 failures in an hour.");
        citizens.MapPost("/{receiptNumber}/rating", Rate).RequireRateLimiting(VerificationRateLimit.Policy)
            .WithSummary("Rate the answer 1–5 (once), with the same X-Verification header.");

        api.MapStaffComplaintsApi();
        api.MapComplaintGroupsApi();
    }

    static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    static async Task<Results<Created<ComplaintReceipt>, Ok<ComplaintReceipt>, ProblemHttpResult>> Create(
        CreateComplaintRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ComplaintService complaints, AppDbContext db, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        (string, string)? idempotency = null;
        if (idempotencyKey is not null)
        {
            if (idempotencyKey.Length is 0 or > 100)
                return ProblemResults.Invalid("IdempotencyKey", "Idempotency-Key는 1~100자여야 합니다.", L);
            var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));
            var replay = await ReplayAsync(db, idempotencyKey, hash, L, ct);
            if (replay is not null) return replay;
            idempotency = (idempotencyKey, hash);
        }

        var input = request.ToInput();
        if (request.Language is null) input.Language = English ? "en" : "ko";
        var files = request.DecodeAttachments();
        if (files is null) return ProblemResults.Invalid("Attachments", "첨부파일 내용은 base64로 보내 주세요.", L);
        try
        {
            var (outcome, complaint) = await complaints.FileAsync(input, files, ct, idempotency);
            if (!outcome.Succeeded) return ProblemResults.From(outcome, L);
            var receipt = await ReceiptAsync(db, complaint!.Id, ct);
            return TypedResults.Created($"/api/v1/complaints/{receipt.ReceiptNumber}", receipt);
        }
        catch (DbUpdateException) when (idempotency is var (key, hash))
        {
            // A concurrent request with the same key won the insert; answer with its receipt.
            db.ChangeTracker.Clear();
            return await ReplayAsync(db, key, hash, L, ct) ?? throw new InvalidOperationException("Idempotency record vanished.");
        }
    }

    static async Task<Results<Created<ComplaintReceipt>, Ok<ComplaintReceipt>, ProblemHttpResult>?> ReplayAsync(
        AppDbContext db, string key, string hash, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, ct);
        if (record is null) return null;
        if (record.RequestHash != hash)
            return TypedResults.Problem(L["같은 Idempotency-Key로 다른 내용의 요청을 보낼 수 없습니다."].Value, statusCode: 422,
                title: L["요청이 올바르지 않습니다."].Value);
        return TypedResults.Ok(await ReceiptAsync(db, record.ComplaintId, ct));
    }

    static async Task<ComplaintReceipt> ReceiptAsync(AppDbContext db, long id, CancellationToken ct)
    {
        var c = await db.Complaints.AsNoTracking().Include(x => x.Department).FirstAsync(x => x.Id == id, ct);
        return new ComplaintReceipt(c.ReceiptNumber, c.Status, ComplaintStatusView.Kst(c.DueAt), English ? c.Department!.NameEn : c.Department!.Name);
    }

    static async Task<Results<Ok<ComplaintStatusView>, ProblemHttpResult>> GetStatus(
        string receiptNumber, [FromHeader(Name = "X-Verification")] string? verification,
        ComplaintService complaints, HttpContext http, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var check = await complaints.FindForCitizenAsync(receiptNumber, verification, ct);
        if (check.LockedFor is TimeSpan locked) return ProblemResults.Locked(http, locked, L);
        return check.Value is { } c ? TypedResults.Ok(ComplaintStatusView.From(c, English)) : NotVerified(L);
    }

    static async Task<Results<Ok<ComplaintStatusView>, ProblemHttpResult>> Rate(
        string receiptNumber, RatingRequest request, [FromHeader(Name = "X-Verification")] string? verification,
        ComplaintService complaints, HttpContext http, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var check = await complaints.FindForCitizenAsync(receiptNumber, verification, ct);
        if (check.LockedFor is TimeSpan locked) return ProblemResults.Locked(http, locked, L);
        if (check.Value is not { } c) return NotVerified(L);
        var outcome = await complaints.RateAsync(c, request.Rating, request.Comment, ct);
        return outcome.Succeeded ? TypedResults.Ok(ComplaintStatusView.From(c, English)) : ProblemResults.From(outcome, L);
    }

    /// <summary>One answer for an unknown receipt and a wrong verification, so neither can be probed.</summary>
    static ProblemHttpResult NotVerified(IStringLocalizer<SharedResource> L) =>
        TypedResults.Problem(L["접수번호 또는 확인 정보가 올바르지 않습니다."].Value, statusCode: 404, title: L["찾을 수 없습니다."].Value);
}
