using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Minwon.Web.Api;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;

namespace Minwon.Web.CallCenter;

/// <summary>A call-started or call-ended event from the PBX or the recording system.</summary>
public sealed record TelephonyEventBody(string? EventId, string? Type, string? CallId, string? CallerNumber, DateTimeOffset? OccurredAt, string? RecordingRef);

/// <summary>What the webhook answers: the call it applied to, and whether the event had already been applied.</summary>
public sealed record TelephonyEventResult(string EventId, long? CallRecordId, bool Duplicate);

/// <summary>
/// POST /api/v1/telephony/events: the PBX or the recorder drives the console. Each request is signed:
/// <c>X-Minwon-Timestamp</c> (Unix seconds) and <c>X-Minwon-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 of
/// "timestamp.body" with <c>Telephony:WebhookSecret</c>. Forged, stale or malformed events are refused with problem
/// details and store nothing; an event id already applied answers 200 and changes nothing.
/// </summary>
public static class TelephonyWebhook
{
    public const string TimestampHeader = "X-Minwon-Timestamp", SignatureHeader = "X-Minwon-Signature";
    public const string CallStarted = "call-started", CallEnded = "call-ended";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapTelephonyApi(this RouteGroupBuilder api)
    {
        api.MapPost("/telephony/events", HandleAsync)
            .WithTags("Telephony")
            .WithSummary("Call started / call ended event from the PBX or the recording system (HMAC-SHA256 signed)")
            .WithDescription("Body: {eventId, type: call-started|call-ended, callId, callerNumber, occurredAt (ISO 8601), recordingRef}. " +
                             "Headers: X-Minwon-Timestamp (Unix seconds, at most 5 minutes off) and X-Minwon-Signature: sha256=<hex of " +
                             "HMAC-SHA256(secret, timestamp + \".\" + raw body)>. 401 for a missing or wrong signature or a stale timestamp, " +
                             "400 for a malformed event; a repeated eventId answers 200 with duplicate=true and changes nothing.")
            .Accepts<TelephonyEventBody>("application/json")
            .Produces<TelephonyEventResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous();
        return api;
    }

    /// <summary>The signature a sender puts in X-Minwon-Signature (also used by tests and the demo sender).</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    static async Task<Results<Ok<TelephonyEventResult>, ProblemHttpResult>> HandleAsync(HttpRequest request, AppDbContext db, CallCenterService calls,
        IOptions<TelephonyOptions> options, TimeProvider clock, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
            body = await reader.ReadToEndAsync(ct);

        var authError = CheckSignature(request, body, options.Value, clock);
        if (authError is not null)
            return TypedResults.Problem(detail: L[authError].Value, statusCode: StatusCodes.Status401Unauthorized, title: L["서명이 올바르지 않습니다."].Value);

        TelephonyEventBody? e;
        try { e = JsonSerializer.Deserialize<TelephonyEventBody>(body, Json); }
        catch (JsonException) { e = null; }
        if (e is null) return ProblemResults.UnreadableBody(L);
        var errors = Validate(e);
        if (errors.Count > 0) return ProblemResults.From(Outcome.Invalid(errors), L);

        if (await db.Set<TelephonyEvent>().AsNoTracking().FirstOrDefaultAsync(x => x.EventId == e.EventId, ct) is { } seen)
            return TypedResults.Ok(new TelephonyEventResult(seen.EventId, seen.CallRecordId, Duplicate: true));

        var call = await db.Set<CallRecord>().FirstOrDefaultAsync(c => c.ExternalCallId == e.CallId, ct);
        if (e.Type == CallStarted && call is null)
        {
            try
            {
                var (outcome, started) = await calls.StartAsync(e.CallerNumber, e.RecordingRef, e.CallId, e.OccurredAt!.Value.UtcDateTime, null, ct);
                if (!outcome.Succeeded) return ProblemResults.From(outcome, L);
                call = started;
            }
            catch (DbUpdateException)
            {
                // The same call started by two events at once: the unique call id let only one through.
                db.ChangeTracker.Clear();
                var existing = await db.Set<CallRecord>().AsNoTracking().FirstOrDefaultAsync(c => c.ExternalCallId == e.CallId, ct);
                return TypedResults.Ok(new TelephonyEventResult(e.EventId!, existing?.Id, Duplicate: true));
            }
        }
        else if (e.Type == CallEnded)
        {
            if (call is null) return ProblemResults.Invalid("CallId", "시작되지 않은 통화입니다. call-started 이벤트를 먼저 보내 주세요.", L);
            if (call.IsActive) await calls.EndAsync(call, null, CallEndReason.CallerHungUp, e.OccurredAt!.Value.UtcDateTime, e.RecordingRef, ct);
            else if (call.RecordingRef is null && !string.IsNullOrWhiteSpace(e.RecordingRef)) call.RecordingRef = e.RecordingRef.Trim();
        }

        db.Set<TelephonyEvent>().Add(new TelephonyEvent
        {
            EventId = e.EventId!, Type = e.Type!, ExternalCallId = e.CallId!, CallRecordId = call?.Id, ReceivedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same event delivered twice at once: the unique event id let only one through.
            return TypedResults.Ok(new TelephonyEventResult(e.EventId!, call?.Id, Duplicate: true));
        }
        return TypedResults.Ok(new TelephonyEventResult(e.EventId!, call?.Id, Duplicate: false));
    }

    static string? CheckSignature(HttpRequest request, string body, TelephonyOptions options, TimeProvider clock)
    {
        if (string.IsNullOrEmpty(options.WebhookSecret)) return "웹훅 비밀키가 설정되지 않아 이벤트를 받을 수 없습니다.";
        var timestamp = request.Headers[TimestampHeader].ToString();
        var signature = request.Headers[SignatureHeader].ToString();
        if (timestamp.Length == 0 || signature.Length == 0) return "X-Minwon-Timestamp와 X-Minwon-Signature 헤더가 필요합니다.";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - seconds) > options.MaxClockSkewSeconds)
            return "요청 시각이 너무 오래되었거나 올바르지 않습니다.";
        var expected = Encoding.ASCII.GetBytes(Sign(options.WebhookSecret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given) ? null : "서명이 일치하지 않습니다.";
    }

    static Dictionary<string, string> Validate(TelephonyEventBody e)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(e.EventId) || e.EventId.Length > 100) errors["EventId"] = "eventId는 1자 이상 100자 이하여야 합니다.";
        if (e.Type is not (CallStarted or CallEnded)) errors["Type"] = "type은 call-started 또는 call-ended여야 합니다.";
        if (string.IsNullOrWhiteSpace(e.CallId) || e.CallId.Length > 100) errors["CallId"] = "callId는 1자 이상 100자 이하여야 합니다.";
        if (e.OccurredAt is null) errors["OccurredAt"] = "occurredAt(ISO 8601 시각)이 필요합니다.";
        if (e.Type == CallStarted && !CallCenterService.TryCallerNumber(e.CallerNumber, out _)) errors["CallerNumber"] = "발신 번호 형식이 올바르지 않습니다. 예: 010-1234-5678";
        if (e.RecordingRef?.Length > CallCenterService.RecordingRefMax) errors["RecordingRef"] = "녹취 참조는 500자 이내로 입력해 주세요.";
        return errors;
    }
}
