using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Minwon.Core.Complaints;
using Minwon.Web.Complaints;
using Minwon.Web.Complaints.Groups;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Api;

/// <summary>Complaints by many (다수인관련민원, Art. 24) over the staff API: similar complaints of other people, groups, one answer for all.</summary>
public static class ComplaintGroupsApi
{
    public static void MapComplaintGroupsApi(this RouteGroupBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff").RequireAuthorization(StaffIdentity.ApiPolicy);
        staff.MapGet("/complaints/{id:long}/similar", Similar)
            .WithSummary("Complaints of other people in the same department that say nearly the same (candidates for an Art. 24 group of complaints by many).");
        staff.MapGet("/groups", List).WithSummary("The groups of the caller's department (supervisors: every department), newest first.");
        staff.MapPost("/groups", Create).WithSummary("Groups open complaints of five or more people (Art. 24) to answer them together.");
        staff.MapGet("/groups/{id:long}", Get).WithSummary("A group with its complaints.");
        staff.MapDelete("/groups/{id:long}", Delete).WithSummary("Deletes a group with no complaint left in it.");
        staff.MapPost("/groups/{id:long}/members", Add).WithSummary("Adds open complaints to a group.");
        staff.MapDelete("/groups/{id:long}/members/{complaintId:long}", Remove).WithSummary("Takes an open complaint out of the group, to be handled on its own.");
        staff.MapPost("/groups/{id:long}/answer", Answer).WithSummary("Sends one answer to every open complaint of the group; each citizen gets their own notice.");
    }

    static async Task<Results<Ok<List<SimilarComplaintView>>, ProblemHttpResult>> Similar(long id, ClaimsPrincipal user, UserManager<StaffUser> users,
        ComplaintService service, ComplaintGroups groups, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var actor = await ActorAsync(user, users);
        if (actor is null) return ProblemResults.From(Outcome.Forbidden(), L);
        var (loaded, complaint) = await service.LoadForStaffAsync(id, actor, user.IsSupervisor(), ct);
        if (!loaded.Succeeded) return ProblemResults.From(loaded, L);
        var similar = await groups.SimilarAsync(complaint!, ct);
        return TypedResults.Ok(similar.Select(s => new SimilarComplaintView(s.Id, s.ReceiptNumber, s.Title, s.Status,
            ComplaintStatusView.Kst(s.ReceivedAt), ComplaintStatusView.Kst(s.DueAt), s.GroupId, Math.Round(s.Similarity, 2))).ToList());
    }

    static async Task<Results<Created<GroupView>, ProblemHttpResult>> Create(GroupRequest? request, ClaimsPrincipal user, UserManager<StaffUser> users,
        ComplaintGroups groups, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        if (request is null) return ProblemResults.UnreadableBody(L);
        var actor = await ActorAsync(user, users);
        if (actor is null) return ProblemResults.From(Outcome.Forbidden(), L);
        var (outcome, group) = await groups.CreateAsync(actor, user.IsSupervisor(), request.Title, request.ComplaintIds ?? [], ct);
        if (!outcome.Succeeded) return ProblemResults.From(outcome, L);
        return TypedResults.Created($"/api/v1/staff/groups/{group!.Id}", await ViewAsync(groups, group, ct));
    }

    static async Task<Results<Ok<List<GroupSummaryView>>, ProblemHttpResult>> List(ClaimsPrincipal user, UserManager<StaffUser> users,
        ComplaintGroups groups, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var actor = await ActorAsync(user, users);
        if (actor is null) return ProblemResults.From(Outcome.Forbidden(), L);
        var list = await groups.ListAsync(user.IsSupervisor() ? null : actor.DepartmentId, ct);
        return TypedResults.Ok(list.Select(g => new GroupSummaryView(g.Id, g.Title, g.DepartmentId, ComplaintStatusView.Kst(g.CreatedAt), g.Complaints, g.People,
            g.Open, g.NextDueAt is DateTime due ? ComplaintStatusView.Kst(due) : null)).ToList());
    }

    static async Task<Results<NoContent, ProblemHttpResult>> Delete(long id, ClaimsPrincipal user, UserManager<StaffUser> users,
        ComplaintGroups groups, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var (loaded, group) = await LoadAsync(id, user, users, groups, ct);
        if (!loaded.Succeeded) return ProblemResults.From(loaded, L);
        var outcome = await groups.DeleteAsync(group!, ct);
        return outcome.Succeeded ? TypedResults.NoContent() : ProblemResults.From(outcome, L);
    }

    static async Task<Results<Ok<GroupView>, ProblemHttpResult>> Get(long id, ClaimsPrincipal user, UserManager<StaffUser> users,
        ComplaintGroups groups, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var (loaded, group) = await LoadAsync(id, user, users, groups, ct);
        return loaded.Succeeded ? TypedResults.Ok(await ViewAsync(groups, group!, ct)) : ProblemResults.From(loaded, L);
    }

    static async Task<Results<Ok<GroupView>, ProblemHttpResult>> Add(long id, GroupMembersRequest? request, ClaimsPrincipal user,
        UserManager<StaffUser> users, ComplaintGroups groups, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        if (request is null) return ProblemResults.UnreadableBody(L);
        return await ChangeAsync(id, user, users, groups, L, (group, actor) => groups.AddAsync(group, actor, user.IsSupervisor(), request.ComplaintIds ?? [], ct), ct);
    }

    static Task<Results<Ok<GroupView>, ProblemHttpResult>> Remove(long id, long complaintId, ClaimsPrincipal user, UserManager<StaffUser> users,
        ComplaintGroups groups, IStringLocalizer<SharedResource> L, CancellationToken ct)
        => ChangeAsync(id, user, users, groups, L, (group, actor) => groups.RemoveAsync(group, actor, complaintId, ct), ct);

    // Loads the group as the caller may see it, applies one change and answers the group as it is now.
    static async Task<Results<Ok<GroupView>, ProblemHttpResult>> ChangeAsync(long id, ClaimsPrincipal user, UserManager<StaffUser> users,
        ComplaintGroups groups, IStringLocalizer<SharedResource> L, Func<ComplaintGroup, StaffUser, Task<Outcome>> change, CancellationToken ct)
    {
        var (loaded, group) = await LoadAsync(id, user, users, groups, ct);
        if (!loaded.Succeeded) return ProblemResults.From(loaded, L);
        var outcome = await change(group!, (await ActorAsync(user, users))!);
        return outcome.Succeeded ? TypedResults.Ok(await ViewAsync(groups, group!, ct)) : ProblemResults.From(outcome, L);
    }

    static async Task<Results<Ok<GroupAnswered>, ProblemHttpResult>> Answer(long id, TextRequest? request, ClaimsPrincipal user,
        UserManager<StaffUser> users, ComplaintGroups groups, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        if (request is null) return ProblemResults.UnreadableBody(L);
        var (loaded, group) = await LoadAsync(id, user, users, groups, ct);
        if (!loaded.Succeeded) return ProblemResults.From(loaded, L);
        var actor = (await ActorAsync(user, users))!;
        var (outcome, answered) = await groups.AnswerAsync(group!, actor, request.Text, ct);
        // The service names the field "Answer"; the client sent it as "text".
        if (!outcome.Succeeded)
            return ProblemResults.From(outcome with { Errors = outcome.Errors.ToDictionary(e => e.Key == "Answer" ? "Text" : e.Key, e => e.Value) }, L);
        return TypedResults.Ok(new GroupAnswered(group!.Id, answered));
    }

    static async Task<(Outcome, ComplaintGroup?)> LoadAsync(long id, ClaimsPrincipal user, UserManager<StaffUser> users, ComplaintGroups groups, CancellationToken ct)
    {
        var actor = await ActorAsync(user, users);
        return actor is null ? (Outcome.Forbidden(), null) : await groups.LoadAsync(id, actor, user.IsSupervisor(), ct);
    }

    // Agents and the safety team have no complaint queue to group.
    static async Task<StaffUser?> ActorAsync(ClaimsPrincipal user, UserManager<StaffUser> users) =>
        user.CanOpenComplaints() ? await users.GetUserAsync(user) : null;

    static async Task<GroupView> ViewAsync(ComplaintGroups groups, ComplaintGroup group, CancellationToken ct)
    {
        var members = await groups.MembersOfAsync(group.Id, ct);
        return new GroupView(group.Id, group.Title, group.DepartmentId, ComplaintStatusView.Kst(group.CreatedAt), group.CreatedByAlias,
            ComplaintGroups.People(members.Select(m => (m.Id, m.ComplainantKey))),
            members.Select(m => new GroupMemberView(m.Id, m.ReceiptNumber, m.Status, ComplaintStatusView.Kst(m.DueAt))).ToList());
    }
}

public sealed record GroupRequest(string? Title, long[]? ComplaintIds);
public sealed record GroupMembersRequest(long[]? ComplaintIds);
public sealed record GroupMemberView(long Id, string ReceiptNumber, ComplaintStatus Status, DateTimeOffset DueAt);
public sealed record GroupView(long Id, string Title, int DepartmentId, DateTimeOffset CreatedAt, string CreatedByAlias, int People, IReadOnlyList<GroupMemberView> Complaints);
public sealed record GroupAnswered(long Id, int Answered);
public sealed record GroupSummaryView(long Id, string Title, int DepartmentId, DateTimeOffset CreatedAt, int Complaints, int People, int Open, DateTimeOffset? NextDueAt);
public sealed record SimilarComplaintView(long Id, string ReceiptNumber, string Title, ComplaintStatus Status, DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt, long? GroupId, double Similarity);
