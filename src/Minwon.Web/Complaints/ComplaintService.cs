using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Core.Contact;
using Minwon.Core.Deadlines;
using Minwon.Web.Alerts;
using Minwon.Web.Calendar;
using Minwon.Web.Data;
using Minwon.Web.Notifications;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.Complaints;

/// <summary>
/// Every change to a complaint goes through here, for the portal, the staff pages and the API alike, so each rule
/// (who may act, the legal clock, the history, the citizen's notice) holds in one place. Each action saves once,
/// or inside one transaction, so nothing is stored half-way.
/// </summary>
public sealed class ComplaintService(AppDbContext db, DeadlineService deadlines, Notifier notifier, ProtectiveReading reading,
    StaffAlerts alerts, ReceiptLockout lockout, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<(Outcome Outcome, Complaint? Complaint)> FileAsync(ComplaintInput input, IReadOnlyList<UploadedFile> files, CancellationToken ct,
        (string Key, string RequestHash)? idempotency = null, string? filedByAlias = null)
    {
        var errors = input.Validate();
        foreach (var (k, v) in AttachmentRules.Validate(files)) errors[k] = v;
        var category = input.CategoryId is int cid ? await db.Categories.FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (input.CategoryId is not null && category is null) errors["CategoryId"] = "선택한 분야가 없습니다.";
        var service = input.Type == ComplaintType.Statutory && input.StatutoryServiceId is int sid
            ? await db.StatutoryServices.FirstOrDefaultAsync(s => s.Id == sid, ct) : null;
        if (input.Type == ComplaintType.Statutory && input.StatutoryServiceId is not null && service is null)
            errors["StatutoryServiceId"] = "선택한 서비스가 없습니다.";
        if (errors.Count > 0) return (Outcome.Invalid(errors), null);

        var now = Now;
        var complaint = new Complaint
        {
            Type = input.Type!.Value,
            StatutoryServiceId = service?.Id,
            StatutoryService = service,
            CategoryId = category!.Id,
            // A statutory service belongs to a department; otherwise the category decides.
            DepartmentId = service?.DepartmentId ?? category.DepartmentId,
            Title = IdentityNumbers.Redact(input.Title!.Trim(), ComplaintInput.TitleMax),
            Body = IdentityNumbers.Redact(input.Body!.Trim(), ComplaintInput.BodyMax),
            CitizenName = input.Name!.Trim(),
            CitizenPhone = input.Phone,
            CitizenEmail = input.Email,
            PhoneLast4 = input.Phone is null ? null : KoreanPhone.Last4(input.Phone),
            Language = input.Language,
            ConsentedAt = now,
            Status = ComplaintStatus.Received,
            ReceivedAt = now,
            ClockStartedAt = now,
        };
        if (!string.IsNullOrEmpty(input.Password)) complaint.PasswordHash = CitizenVerification.HashPassword(input.Password);
        complaint.DueAt = await deadlines.DueAtAsync(now, await deadlines.PeriodForAsync(complaint, ct), ct);
        // Filed by a call-center agent for a caller: the history says so (the agent's public alias, never the name).
        complaint.Events.Add(new ComplaintEvent
        {
            At = now, Kind = ComplaintEventKind.Filed, ToDepartmentId = complaint.DepartmentId,
            ActorAlias = filedByAlias, Note = filedByAlias is null ? null : $"상담원 {filedByAlias} 대리 접수",
        });
        foreach (var f in files)
        {
            var contentType = AttachmentRules.DetectContentType(f.Data)!;
            complaint.Attachments.Add(new Attachment
            {
                FileName = AttachmentRules.SafeFileName(f.FileName, contentType),
                ContentType = contentType,
                Size = f.Data.LongLength,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Data)),
                Content = new AttachmentContent { Data = f.Data },
            });
        }

        // Screened before anyone can read it: officers see the masked text, a threat alerts the safety team.
        reading.ScreenNewComplaint(complaint);

        // The receipt number derives from the id, so the notice is written after the insert, in the same transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        notifier.Filed(complaint);
        await reading.AfterFirstSaveAsync(complaint, ct);
        if (idempotency is var (key, hash))
            db.IdempotencyRecords.Add(new IdempotencyRecord { Key = key, RequestHash = hash, ComplaintId = complaint.Id, CreatedAt = now });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        alerts.AfterSave();
        return (Outcome.Ok, complaint);
    }

    /// <summary>
    /// Finds a complaint for a citizen who proves it is theirs: the password set when filing, else the last four phone
    /// digits. A receipt with too many failed attempts is locked for a while (<see cref="ReceiptLockout"/>).
    /// </summary>
    public async Task<CitizenCheck<Complaint>> FindForCitizenAsync(string? receipt, string? verification, CancellationToken ct)
    {
        if (!ReceiptNumber.TryParse(receipt, out var id, out var month) || string.IsNullOrWhiteSpace(verification)) return CitizenCheck<Complaint>.NotVerified;
        return await lockout.CheckAsync(ReceiptLockout.Key("MW", id), async () =>
        {
            var c = await db.Complaints
                .Include(x => x.Department).Include(x => x.Category).Include(x => x.Assignee)
                .Include(x => x.StatutoryService).Include(x => x.Attachments)
                .Include(x => x.Events.Where(e => e.Public).OrderBy(e => e.At))
                .AsSplitQuery()
                .FirstOrDefaultAsync(x => x.Id == id, ct);
            // The month in the receipt must match too, so a guessed id with another month finds nothing.
            if (c is null || c.ReceiptNumber != ReceiptNumber.Format(id, c.ReceivedAt) || !receipt!.Trim().ToUpperInvariant().StartsWith($"MW-{month}-", StringComparison.Ordinal)) return null;
            return CitizenVerification.Matches(c.PhoneLast4, c.PasswordHash, verification) ? c : null;
        }, ct);
    }

    public async Task<Outcome> RateAsync(Complaint c, int? rating, string? comment, CancellationToken ct)
    {
        if (c.Status is not (ComplaintStatus.Answered or ComplaintStatus.Closed) || c.Answer is null)
            return Outcome.Conflict("답변을 받은 뒤에 만족도를 평가할 수 있습니다.");
        if (c.Rating is not null) return Outcome.Conflict("이미 만족도를 평가했습니다.");
        if (rating is null or < 1 or > 5) return Outcome.Invalid("Rating", "만족도는 1점부터 5점 사이로 선택해 주세요.");
        if (comment?.Length > ComplaintInput.CommentMax) return Outcome.Invalid("Comment", "의견은 1,000자 이내로 입력해 주세요.");
        c.Rating = rating;
        c.RatingComment = string.IsNullOrWhiteSpace(comment) ? null : IdentityNumbers.Redact(comment.Trim(), ComplaintInput.CommentMax);
        c.RatedAt = Now;
        db.ComplaintEvents.Add(new ComplaintEvent { ComplaintId = c.Id, At = Now, Kind = ComplaintEventKind.Rated, Note = $"{rating}" });
        if (c.RatingComment is not null && reading.ScreenRatingComment(c, c.RatingComment).Severity == TextSeverity.Threat)
            await reading.RaiseThreatAsync(c, ct);
        await db.SaveChangesAsync(ct);
        alerts.AfterSave();
        return Outcome.Ok;
    }

    // ---- Staff actions -------------------------------------------------------------------------------------------

    public async Task<(Outcome, Complaint?)> LoadForStaffAsync(long id, StaffUser actor, bool isSupervisor, CancellationToken ct)
    {
        var c = await db.Complaints.Include(x => x.StatutoryService).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return (Outcome.NotFound(), null);
        if (!isSupervisor && c.DepartmentId != actor.DepartmentId) return (Outcome.Forbidden(), null);
        return (Outcome.Ok, c);
    }

    public async Task<Outcome> AssignAsync(Complaint c, StaffUser actor, string assigneeId, CancellationToken ct)
    {
        if (!c.IsOpen) return Outcome.Conflict("처리가 끝난 민원은 배정할 수 없습니다.");
        var assignee = await db.Users.FirstOrDefaultAsync(u => u.Id == assigneeId, ct);
        if (assignee is null || assignee.DepartmentId != c.DepartmentId) return Outcome.Invalid("AssigneeId", "같은 부서의 담당자에게만 배정할 수 있습니다.");
        c.AssigneeId = assignee.Id;
        c.Status = ComplaintStatus.Assigned;
        Log(c, actor, ComplaintEventKind.Assigned, assignee.PublicAlias);
        return await SaveAsync(ct);
    }

    public async Task<Outcome> SaveDraftAsync(Complaint c, StaffUser actor, string? text, CancellationToken ct)
    {
        if (!c.IsOpen) return Outcome.Conflict("이미 답변이 발송된 민원입니다.");
        if (text?.Length > ComplaintInput.BodyMax) return Outcome.Invalid("Answer", "답변은 10,000자 이내로 입력해 주세요.");
        TakeIfUnassigned(c, actor);
        c.AnswerDraft = text;
        Log(c, actor, ComplaintEventKind.DraftSaved, null, isPublic: false);
        return await SaveAsync(ct);
    }

    public async Task<Outcome> SendAnswerAsync(Complaint c, StaffUser actor, string? text, CancellationToken ct)
    {
        if (!c.IsOpen) return Outcome.Conflict("이미 답변이 발송된 민원입니다.");
        text = string.IsNullOrWhiteSpace(text) ? c.AnswerDraft : text;
        if (AnswerError(text) is { } invalid) return invalid;
        await AnswerAsync(c, actor, text!.Trim(), ct);
        return await SaveAsync(ct);
    }

    /// <summary>
    /// Art. 24: one answer to every open complaint of a 다수인관련민원 group, saved at once; each citizen gets their own
    /// notice and sees only their own complaint. Complaints already answered or closed are left as they are.
    /// </summary>
    public async Task<(Outcome Outcome, int Answered)> AnswerTogetherAsync(IReadOnlyList<Complaint> members, StaffUser actor, string? text, CancellationToken ct)
    {
        var open = members.Where(m => m.IsOpen).ToList();
        if (open.Count == 0) return (Outcome.Conflict("답변을 기다리는 민원이 없습니다."), 0);
        if (AnswerError(text) is { } invalid) return (invalid, 0);
        foreach (var c in open) await AnswerAsync(c, actor, text!.Trim(), ct);
        var outcome = await SaveAsync(ct);
        return (outcome, outcome.Succeeded ? open.Count : 0);
    }

    /// <summary>Art. 24: puts complaints into a 다수인관련민원 group (new or existing) with a line in each history, in one save.</summary>
    public Task<Outcome> GroupAsync(Groups.ComplaintGroup group, IReadOnlyList<Complaint> members, StaffUser actor, CancellationToken ct)
    {
        if (group.Id == 0) db.Add(group);
        foreach (var c in members)
        {
            c.Group = group;
            Log(c, actor, ComplaintEventKind.Grouped, null);
        }
        return SaveAsync(ct);
    }

    /// <summary>Takes an open complaint out of its 다수인관련민원 group, to be handled on its own.</summary>
    public Task<Outcome> UngroupAsync(Complaint c, StaffUser actor, CancellationToken ct)
    {
        if (!c.IsOpen) return Task.FromResult(Outcome.Conflict("답변이 끝난 민원은 묶음에서 뺄 수 없습니다."));
        c.GroupId = null;
        Log(c, actor, ComplaintEventKind.Ungrouped, null);
        return SaveAsync(ct);
    }

    static Outcome? AnswerError(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Outcome.Invalid("Answer", "답변 내용을 입력해 주세요.")
        : text.Length > ComplaintInput.BodyMax ? Outcome.Invalid("Answer", "답변은 10,000자 이내로 입력해 주세요.")
        : null;

    async Task AnswerAsync(Complaint c, StaffUser actor, string text, CancellationToken ct)
    {
        TakeIfUnassigned(c, actor);
        c.Answer = text;
        c.AnswerDraft = null;
        c.AnsweredAt = Now;
        c.AnsweredByAlias = actor.PublicAlias;
        c.Status = ComplaintStatus.Answered;
        Log(c, actor, ComplaintEventKind.Answered, null);
        var dept = await db.Departments.FirstAsync(d => d.Id == c.DepartmentId, ct);
        notifier.Answered(c, c.Language == "en" ? dept.NameEn : dept.Name, actor.PublicAlias, dept.DutyPhone);
    }

    public async Task<Outcome> TransferAsync(Complaint c, StaffUser actor, int toDepartmentId, string? reason, CancellationToken ct)
    {
        if (!c.IsOpen) return Outcome.Conflict("처리가 끝난 민원은 이송할 수 없습니다.");
        if (string.IsNullOrWhiteSpace(reason)) return Outcome.Invalid("Reason", "이송 사유를 입력해 주세요.");
        if (reason.Length > 1000) return Outcome.Invalid("Reason", "사유는 1,000자 이내로 입력해 주세요.");
        if (toDepartmentId == c.DepartmentId) return Outcome.Invalid("DepartmentId", "다른 부서를 선택해 주세요.");
        var to = await db.Departments.FirstOrDefaultAsync(d => d.Id == toDepartmentId, ct);
        if (to is null) return Outcome.Invalid("DepartmentId", "선택한 부서가 없습니다.");

        // The legal clock restarts at the competent department.
        var from = c.DepartmentId;
        c.DepartmentId = to.Id;
        c.AssigneeId = null;
        c.Status = ComplaintStatus.Received;
        c.ClockStartedAt = Now;
        c.Extended = false;
        // A group is answered by one department (Art. 24); the competent one handles this complaint on its own.
        c.GroupId = null;
        c.DueAt = await deadlines.DueAtAsync(Now, await deadlines.PeriodForAsync(c, ct), ct);
        var category = await db.Categories.Where(x => x.DepartmentId == to.Id).OrderBy(x => x.Id).FirstOrDefaultAsync(ct);
        if (category is not null) c.CategoryId = category.Id;
        db.ComplaintEvents.Add(new ComplaintEvent { ComplaintId = c.Id, At = Now, Kind = ComplaintEventKind.Transferred, ActorId = actor.Id, ActorAlias = actor.PublicAlias, Note = reason.Trim(), FromDepartmentId = from, ToDepartmentId = to.Id });
        notifier.Transferred(c, c.Language == "en" ? to.NameEn : to.Name, reason.Trim());
        return await SaveAsync(ct);
    }

    /// <summary>
    /// Extends the deadline once, by at most the original period: <paramref name="amount"/> is in days, or in working
    /// hours when the original period is shorter than a working day (기타민원, 3 working hours).
    /// </summary>
    public async Task<Outcome> ExtendAsync(Complaint c, StaffUser actor, int amount, string? reason, CancellationToken ct)
    {
        if (!c.IsOpen) return Outcome.Conflict("처리가 끝난 민원은 연장할 수 없습니다.");
        if (c.Extended) return Outcome.Conflict("처리기간은 한 번만 연장할 수 있습니다.");
        if (string.IsNullOrWhiteSpace(reason)) return Outcome.Invalid("Reason", "연장 사유를 입력해 주세요.");
        if (reason.Length > 1000) return Outcome.Invalid("Reason", "사유는 1,000자 이내로 입력해 주세요.");
        var original = await deadlines.PeriodForAsync(c, ct);
        var inHours = !ExtendsInDays(original);
        if (amount < 1) return inHours ? Outcome.Invalid("Hours", "연장 시간은 1시간 이상이어야 합니다.") : Outcome.Invalid("Days", "연장 기간은 1일 이상이어야 합니다.");
        if (amount > (inHours ? original.WorkingHours : original.Days))
            return inHours ? Outcome.Invalid("Hours", "연장 시간은 원래 처리기간을 넘을 수 없습니다.") : Outcome.Invalid("Days", "연장 기간은 원래 처리기간을 넘을 수 없습니다.");
        var extension = inHours ? ProcessingPeriod.OfWorkingHours(amount) : ProcessingPeriod.OfDays(amount);
        if (!DeadlineCalculator.IsValidExtension(original, extension))
            return Outcome.Invalid(inHours ? "Hours" : "Days", "연장 기간은 원래 처리기간을 넘을 수 없습니다.");
        c.DueAt = await deadlines.ExtendAsync(c.DueAt, extension, ct);
        c.Extended = true;
        Log(c, actor, ComplaintEventKind.Extended, reason.Trim());
        notifier.Extended(c, reason.Trim());
        return await SaveAsync(ct);
    }

    public async Task<Outcome> CloseAsync(Complaint c, StaffUser actor, string? reason, CancellationToken ct)
    {
        if (c.Status == ComplaintStatus.Closed) return Outcome.Conflict("이미 종결된 민원입니다.");
        if (c.Status != ComplaintStatus.Answered && string.IsNullOrWhiteSpace(reason))
            return Outcome.Invalid("Reason", "답변 없이 종결하려면 사유를 입력해 주세요.");
        if (reason?.Length > 1000) return Outcome.Invalid("Reason", "사유는 1,000자 이내로 입력해 주세요.");
        var note = string.IsNullOrWhiteSpace(reason) ? "처리 완료" : reason.Trim();
        c.Status = ComplaintStatus.Closed;
        c.ClosedAt = Now;
        Log(c, actor, ComplaintEventKind.Closed, note);
        notifier.Closed(c, note);
        return await SaveAsync(ct);
    }

    /// <summary>Periods of a working day or more are extended in days, shorter ones in working hours.</summary>
    public static bool ExtendsInDays(ProcessingPeriod original) => original.WorkingHours >= ProcessingPeriod.HoursPerDay;

    /// <summary>Art. 23: closes a complaint that repeats ones answered at least twice and sends the statutory notice.</summary>
    public async Task<Outcome> CloseAsRepeatAsync(Complaint c, StaffUser actor, string earlierReceipts, CancellationToken ct)
    {
        if (!c.IsOpen) return Outcome.Conflict("처리가 끝난 민원입니다.");
        c.Status = ComplaintStatus.Closed;
        c.ClosedAt = Now;
        Log(c, actor, ComplaintEventKind.Closed, "민원처리법 제23조에 따른 반복 민원 종결");
        notifier.ClosedAsRepeat(c, earlierReceipts);
        return await SaveAsync(ct);
    }

    /// <summary>An internal step with no change to the complaint itself (a closure proposal, a rejection).</summary>
    public Task<Outcome> RecordAsync(Complaint c, StaffUser actor, ComplaintEventKind kind, string? note, CancellationToken ct)
    {
        Log(c, actor, kind, note, isPublic: false);
        return SaveAsync(ct);
    }

    void TakeIfUnassigned(Complaint c, StaffUser actor)
    {
        if (c.AssigneeId is not null) return;
        c.AssigneeId = actor.Id;
        c.Status = ComplaintStatus.Assigned;
        Log(c, actor, ComplaintEventKind.Assigned, actor.PublicAlias);
    }

    void Log(Complaint c, StaffUser actor, ComplaintEventKind kind, string? note, bool isPublic = true) =>
        db.ComplaintEvents.Add(new ComplaintEvent { ComplaintId = c.Id, At = Now, Kind = kind, ActorId = actor.Id, ActorAlias = actor.PublicAlias, Note = note, Public = isPublic });

    async Task<Outcome> SaveAsync(CancellationToken ct)
    {
        try
        {
            BumpVersions();
            await db.SaveChangesAsync(ct);
            notifier.Flush();
            return Outcome.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcome.Conflict("다른 사람이 먼저 이 민원을 변경했습니다. 새로 고친 뒤 다시 시도해 주세요.");
        }
    }

    void BumpVersions()
    {
        foreach (var entry in db.ChangeTracker.Entries<Complaint>().Where(e => e.State == EntityState.Modified))
            entry.Entity.Version++;
    }
}
