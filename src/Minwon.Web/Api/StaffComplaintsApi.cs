using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Core.Complaints;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.Api;

/// <summary>Staff actions over the API, with a bearer token from POST /api/v1/auth/token.</summary>
public static class StaffComplaintsApi
{
    delegate Task<Outcome> StaffAction<T>(ComplaintService service, Complaint complaint, StaffUser actor, T request, CancellationToken ct);

    public static void MapStaffComplaintsApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff").RequireAuthorization(StaffIdentity.ApiPolicy);

        staff.MapGet("/queue", Queue).WithSummary("The department queue ordered by deadline; pass nextCursor back as cursor for the next page.");
        staff.MapGet("/complaints/{id:long}", Get).WithSummary("A complaint with its full history; abusive spans and personal data come masked.");
        staff.MapPost("/complaints/{id:long}/texts/{textId:long}/reveal", Reveal)
            .WithSummary("The original of a masked text; every reveal is written to the audit log.");

        Action<AssignRequest>(staff, "assign", (s, c, a, r, ct) => s.AssignAsync(c, a, r.AssigneeId ?? a.Id, ct));
        Action<TextRequest>(staff, "draft", async (s, c, a, r, ct) => AsText(await s.SaveDraftAsync(c, a, r.Text, ct)));
        Action<TextRequest>(staff, "answer", async (s, c, a, r, ct) => AsText(await s.SendAnswerAsync(c, a, r.Text, ct)));
        Action<TransferRequest>(staff, "transfer", (s, c, a, r, ct) => s.TransferAsync(c, a, r.DepartmentId ?? 0, r.Reason, ct));
        Action<ExtendRequest>(staff, "extend", (s, c, a, r, ct) => s.ExtendAsync(c, a, r.Hours ?? r.Days ?? 0, r.Reason, ct));
        Action<ReasonRequest>(staff, "close", (s, c, a, r, ct) => s.CloseAsync(c, a, r.Reason, ct));
    }

    static void Action<T>(RouteGroupBuilder staff, string name, StaffAction<T> act) =>
        staff.MapPost($"/complaints/{{id:long}}/{name}", async Task<Results<Ok<StaffComplaintView>, ProblemHttpResult>> (
            long id, T request, ClaimsPrincipal user, UserManager<StaffUser> users, ComplaintService service, AppDbContext db,
            IStringLocalizer<SharedResource> L, CancellationToken ct) =>
        {
            // T is generic, so the framework lets an empty body (or a JSON null) through as null instead of answering 400.
            if (request is null) return ProblemResults.UnreadableBody(L);
            var actor = await users.GetUserAsync(user);
            if (actor is null) return ProblemResults.From(Outcome.Forbidden(), L);
            var (loaded, complaint) = await service.LoadForStaffAsync(id, actor, IsSupervisor(user), ct);
            if (!loaded.Succeeded) return ProblemResults.From(loaded, L);
            var outcome = await act(service, complaint!, actor, request, ct);
            if (!outcome.Succeeded) return ProblemResults.From(outcome, L);
            return TypedResults.Ok(await ViewAsync(db, id, ct));
        }).WithSummary($"Staff action: {name}");

    /// <summary>The service names the answer field "Answer"; over the API the client sent it as "text".</summary>
    static Outcome AsText(Outcome outcome) => outcome.Errors.ContainsKey("Answer")
        ? outcome with { Errors = outcome.Errors.ToDictionary(e => e.Key == "Answer" ? "Text" : e.Key, e => e.Value) }
        : outcome;

    static bool IsSupervisor(ClaimsPrincipal user) => user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    static async Task<Results<Ok<QueueApiPage>, ProblemHttpResult>> Queue(
        int? departmentId, ComplaintType? type, ComplaintStatus? status, int? categoryId, string? assigneeId, string? cursor,
        ClaimsPrincipal user, UserManager<StaffUser> users, QueueQuery queue, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var actor = await users.GetUserAsync(user);
        if (actor is null) return ProblemResults.From(Outcome.Forbidden(), L);
        // Officers and agents see their own department; supervisors may look at any or all.
        var department = IsSupervisor(user) ? departmentId : actor.DepartmentId;
        var page = await queue.PageAsync(new QueueFilter(department, type, status, categoryId, assigneeId, OpenOnly: status is null), cursor, ct);
        return TypedResults.Ok(new QueueApiPage(page.Rows.Select(r => new QueueApiRow(r.Id, r.ReceiptNumber, r.Type, r.Status, r.Title, r.Category,
            r.AssigneeAlias, ComplaintStatusView.Kst(r.ReceivedAt), ComplaintStatusView.Kst(r.DueAt), r.Extended, r.Severity, r.GroupId)).ToList(), page.NextCursor));
    }

    static async Task<Results<Ok<StaffComplaintView>, ProblemHttpResult>> Get(
        long id, ClaimsPrincipal user, UserManager<StaffUser> users, ComplaintService service, AppDbContext db,
        IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var actor = await users.GetUserAsync(user);
        if (actor is null) return ProblemResults.From(Outcome.Forbidden(), L);
        var (loaded, _) = await service.LoadForStaffAsync(id, actor, IsSupervisor(user), ct);
        return loaded.Succeeded ? TypedResults.Ok(await ViewAsync(db, id, ct)) : ProblemResults.From(loaded, L);
    }

    static async Task<Results<Ok<RevealedText>, ProblemHttpResult>> Reveal(
        long id, long textId, ClaimsPrincipal user, UserManager<StaffUser> users, ComplaintService service, ProtectiveReading reading,
        IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var actor = await users.GetUserAsync(user);
        if (actor is null) return ProblemResults.From(Outcome.Forbidden(), L);
        var (loaded, complaint) = await service.LoadForStaffAsync(id, actor, IsSupervisor(user), ct);
        if (!loaded.Succeeded) return ProblemResults.From(loaded, L);
        var text = await reading.RevealAsync(id, textId, actor, ct);
        return text is null ? ProblemResults.From(Outcome.NotFound(), L)
            : TypedResults.Ok(new RevealedText(text.Id, text.Field, OriginalOf(complaint!, text.Field)));
    }

    static string OriginalOf(Complaint c, ScreenedField field) => field switch
    {
        ScreenedField.Title => c.Title,
        ScreenedField.RatingComment => c.RatingComment ?? "",
        _ => c.Body,
    };

    static async Task<StaffComplaintView> ViewAsync(AppDbContext db, long id, CancellationToken ct)
    {
        var c = await db.Complaints.AsNoTracking().Include(x => x.Assignee).Include(x => x.Events).FirstAsync(x => x.Id == id, ct);
        var texts = await db.Set<ScreenedText>().AsNoTracking().Where(s => s.ComplaintId == id).OrderBy(s => s.Id).ToListAsync(ct);
        var body = texts.LastOrDefault(t => t.Field == ScreenedField.Body) is { NeedsMasking: true } b ? b.Masked : c.Body;
        return new StaffComplaintView(c.Id, c.ReceiptNumber, c.Type, c.Status, c.MaskedTitle ?? c.Title, body, c.DepartmentId, c.CategoryId,
            c.AssigneeId, c.Assignee?.PublicAlias, c.CitizenName, c.CitizenPhone, c.CitizenEmail,
            ComplaintStatusView.Kst(c.ReceivedAt), ComplaintStatusView.Kst(c.DueAt), c.Extended, c.AnswerDraft, c.Answer,
            c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new TimelineEntry(ComplaintStatusView.Kst(e.At), e.Kind, e.ActorAlias, e.Note)).ToList(),
            c.Severity, texts.Select(t => new ScreenedTextView(t.Id, t.Field, t.Severity,
                t.Categories.Split(',', StringSplitOptions.RemoveEmptyEntries), t.HasPersonalData, t.NeedsMasking)).ToList(),
            c.AnsweredRepeats, c.GroupId);
    }
}

public sealed record QueueApiRow(long Id, string ReceiptNumber, ComplaintType Type, ComplaintStatus Status, string Title, string Category,
    string? AssigneeAlias, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, bool Extended, TextSeverity Severity, long? GroupId);
public sealed record QueueApiPage(IReadOnlyList<QueueApiRow> Items, string? NextCursor);
