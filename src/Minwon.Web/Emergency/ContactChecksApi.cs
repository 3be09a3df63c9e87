using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Minwon.Web.Localization;
using Minwon.Web.Notifications;
using Minwon.Web.Staff;

namespace Minwon.Web.Emergency;

public sealed record ContactCheckDelivery(string Channel, string Destination, string State, int Attempts, DateTime? SentAt, string? LastError);
public sealed record ContactCheckResult(long Id, DateTime CreatedAt, string RequestedBy, IReadOnlyList<ContactCheckDelivery> Deliveries);

/// <summary>/api/v1/staff/emergency/contact-checks: test the emergency contact chain from a script or a monitoring job.</summary>
public static class ContactChecksApi
{
    public static RouteGroupBuilder MapContactChecksApi(this RouteGroupBuilder staff)
    {
        var api = staff.MapGroup("/emergency/contact-checks").WithTags("Emergency");
        api.MapPost("/", RunAsync)
            .WithSummary("Sends a test message, marked as a test, to the police liaison, the drill contact and every webhook")
            .WithDescription("Bearer token of a supervisor, administrator or safety-team member. 201 with the queued deliveries; " +
                "422 when no outside contact is configured (nothing is stored). Webhooks receive {\"type\": \"emergency.test\", \"isTest\": true}.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/{id:long}", GetAsync).WithSummary("A contact check and the delivery state of each of its messages");
        return staff;
    }

    static async Task<Results<Created<ContactCheckResult>, ProblemHttpResult, ForbidHttpResult>> RunAsync(
        ContactChecks checks, UserManager<StaffUser> users, HttpContext http, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var me = await users.GetUserAsync(http.User);
        if (me is null) return TypedResults.Forbid();
        var check = await checks.RunAsync(me.PublicAlias, ct);
        if (check is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: L["시험 메시지를 보낼 외부 연락처가 없습니다."].Value,
                detail: L["설정된 외부 연락처가 없습니다. 관리자에게 경찰 연락 이메일(Emergency:PoliceLiaisonEmail)과 웹훅(Emergency:Webhooks) 설정을 요청해 주세요."].Value);
        return TypedResults.Created($"/api/v1/staff/emergency/contact-checks/{check.Id}", await ResultAsync(checks, check, ct));
    }

    static async Task<Results<Ok<ContactCheckResult>, NotFound>> GetAsync(long id, ContactChecks checks, CancellationToken ct) =>
        await checks.FindAsync(id, ct) is { } check ? TypedResults.Ok(await ResultAsync(checks, check, ct)) : TypedResults.NotFound();

    static async Task<ContactCheckResult> ResultAsync(ContactChecks checks, ContactCheck check, CancellationToken ct)
    {
        var messages = (await checks.DeliveriesAsync([check.Id], ct))[check.Id];
        return new ContactCheckResult(check.Id, check.CreatedAt, check.RequestedByAlias, messages.Select(m => new ContactCheckDelivery(
            m.Channel.ToString(), m.Channel == NotificationChannel.Webhook ? m.Subject : m.To, State(m), m.Attempts, m.SentAt, m.LastError)).ToList());
    }

    /// <summary>sent, pending, retrying or failed (given up after the dispatcher's last attempt).</summary>
    public static string State(OutboxMessage m) =>
        m.SentAt is not null ? "sent" : m.Attempts >= NotificationDispatcher.MaxAttempts ? "failed" : m.Attempts > 0 ? "retrying" : "pending";
}
