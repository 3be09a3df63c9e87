using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minwon.Core.Contact;
using Minwon.Web.Alerts;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.CallCenter;

/// <summary>The caller's earlier calls as the console shows them: how many, how many ended under the policy, warnings.</summary>
public sealed record CallerCalls(int Total, int EndedUnderPolicy, int Warnings, List<CallRecord> Recent);

/// <summary>
/// Every change to a call goes through here, for the console and the telephony webhook alike: starting it, notes
/// (screened and masked like any incoming text), the abusive-call policy (warnings, the length limit, ending under the
/// policy) and what the agent did for the caller (an answer, a complaint filed on their behalf, a transfer).
/// </summary>
public sealed class CallCenterService(AppDbContext db, ComplaintService complaints, ProtectiveReading reading, StaffAlerts alerts, CallIncidents incidents,
    IOptions<CallCenterOptions> options, TimeProvider clock)
{
    public const int NoteMax = 4000, AnswerMax = 4000, RecordingRefMax = 500;
    CallCenterOptions Policy => options.Value;
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public TimeSpan Elapsed(CallRecord call) => (call.EndedAt ?? Now) - call.StartedAt;
    public bool PastWarnTime(CallRecord call) => Elapsed(call) >= TimeSpan.FromMinutes(Policy.WarnAfterMinutes);
    public bool PastEndTime(CallRecord call) => Elapsed(call) >= TimeSpan.FromMinutes(Policy.EndAfterMinutes);
    public bool MayEndUnderPolicy(CallRecord call) => call.IsActive && (call.Warnings >= Policy.WarningsBeforeEnd || PastEndTime(call));

    /// <summary>Checks a caller number: Korean numbers are normalised, others need 8 to 15 digits (the PBX may send +CC numbers).</summary>
    public static bool TryCallerNumber(string? input, out string number)
    {
        number = "";
        if (string.IsNullOrWhiteSpace(input)) return false;
        if (KoreanPhone.TryNormalize(input, out number)) return true;
        var digits = KoreanPhone.Digits(input);
        if (digits.Length is < 8 or > 15 || input.Any(c => !(char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')'))) return false;
        number = digits;
        return true;
    }

    /// <summary>Starts a call: by hand in the console (agent set) or from the PBX (no agent yet: waiting).</summary>
    public async Task<(Outcome, CallRecord?)> StartAsync(string? callerNumber, string? recordingRef, string? externalCallId, DateTime? startedAt,
        StaffUser? agent, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (!TryCallerNumber(callerNumber, out var number)) errors["CallerNumber"] = "발신 번호 형식이 올바르지 않습니다. 예: 010-1234-5678";
        recordingRef = string.IsNullOrWhiteSpace(recordingRef) ? null : recordingRef.Trim();
        if (recordingRef?.Length > RecordingRefMax) errors["RecordingRef"] = "녹취 참조는 500자 이내로 입력해 주세요.";
        if (errors.Count > 0) return (Outcome.Invalid(errors), null);
        var now = Now;
        // The PBX's own start time counts (the caller was on the line), but never in the future nor a day back.
        var start = startedAt is DateTime s && s <= now && s > now.AddDays(-1) ? s : now;
        var call = new CallRecord
        {
            ExternalCallId = externalCallId, CallerNumber = number, ComplainantKey = ComplainantKey.From(number, null),
            StartedAt = start, RecordingRef = recordingRef, Status = CallStatus.Active,
            AgentId = agent?.Id, AgentAlias = agent?.PublicAlias,
        };
        db.Set<CallRecord>().Add(call);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, call);
    }

    public Task<CallRecord?> FindAsync(long id, CancellationToken ct) =>
        db.Set<CallRecord>().Include(c => c.Notes.OrderBy(n => n.Id)).Include(c => c.WarningLog.OrderBy(w => w.Number))
            .AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    public Task<List<CallRecord>> ActiveAsync(CancellationToken ct) =>
        db.Set<CallRecord>().AsNoTracking().Where(c => c.Status == CallStatus.Active).OrderBy(c => c.StartedAt).Take(200).ToListAsync(ct);

    public Task<List<CallRecord>> RecentEndedAsync(int take, CancellationToken ct) =>
        db.Set<CallRecord>().AsNoTracking().Where(c => c.Status == CallStatus.Ended).OrderByDescending(c => c.EndedAt).Take(take).ToListAsync(ct);

    /// <summary>The caller's other calls: totals over all of them, the latest few listed.</summary>
    public async Task<CallerCalls> CallerCallsAsync(string? key, long exceptCallId, CancellationToken ct)
    {
        if (key is null) return new CallerCalls(0, 0, 0, []);
        var calls = db.Set<CallRecord>().AsNoTracking().Where(c => c.ComplainantKey == key && c.Id != exceptCallId);
        var totals = await calls.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Policy = g.Count(c => c.EndReason == CallEndReason.AbusePolicy || c.EndReason == CallEndReason.TimeLimit),
            Warnings = g.Sum(c => c.Warnings),
        }).FirstOrDefaultAsync(ct);
        var recent = await calls.OrderByDescending(c => c.StartedAt).Take(10).ToListAsync(ct);
        return new CallerCalls(totals?.Total ?? 0, totals?.Policy ?? 0, totals?.Warnings ?? 0, recent);
    }

    public Task<List<ScreenedText>> ScreenedNotesAsync(CallRecord call, CancellationToken ct)
    {
        var ids = call.Notes.Select(n => n.ScreenedTextId).ToList();
        return db.Set<ScreenedText>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct);
    }

    /// <summary>
    /// At the length limit the call ends under the policy; checked whenever the console loads or acts on a call, and
    /// once a minute for calls nobody is looking at (<see cref="CallTimeLimitSweep"/>).
    /// </summary>
    public async Task EnforceTimeLimitAsync(CallRecord call, CancellationToken ct)
    {
        if (!call.IsActive || !PastEndTime(call)) return;
        // Ends at the limit itself, not whenever someone next looked.
        await EndUnderPolicyCoreAsync(call, CallEndReason.TimeLimit, call.StartedAt.AddMinutes(Policy.EndAfterMinutes), ct);
    }

    public async Task<Outcome> TakeAsync(CallRecord call, StaffUser agent, CancellationToken ct)
    {
        if (!call.IsActive) return Ended();
        if (call.AgentId is not null && call.AgentId != agent.Id) return Outcome.Conflict("다른 상담원이 이미 응대하고 있는 통화입니다.");
        Take(call, agent);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    public async Task<Outcome> AddNoteAsync(CallRecord call, StaffUser agent, string? text, CancellationToken ct)
    {
        if (!call.IsActive) return Ended();
        if (string.IsNullOrWhiteSpace(text)) return Outcome.Invalid("Note", "메모 내용을 입력해 주세요.");
        if (text.Length > NoteMax) return Outcome.Invalid("Note", "메모는 4,000자 이내로 입력해 주세요.");
        text = IdentityNumbers.Redact(text.Trim(), NoteMax);
        Take(call, agent);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var screened = reading.ScreenCallNote(text);
        await db.SaveChangesAsync(ct);
        call.Notes.Add(new CallNote { Text = text, ScreenedTextId = screened.Id, AuthorAlias = agent.PublicAlias, At = Now });
        var recording = call.RecordingRef ?? "-";
        if (screened.Severity == TextSeverity.Threat)
            await alerts.RaiseAsync(StaffAlertKind.Threat, $"콜센터 위협 통화: 통화 {call.Id}",
                $"상담 중 폭력 위협으로 판단되는 메모가 기록되었습니다. 통화 {call.Id}, 녹취 {recording}. 안전관리팀은 확인해 주세요.",
                $"/staff/callcenter/calls/{call.Id}", isDrill: false, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        alerts.AfterSave();
        return Outcome.Ok;
    }

    /// <summary>Records one warning read to the caller, with the script in the language it was read.</summary>
    public async Task<(Outcome, CallWarning?)> WarnAsync(CallRecord call, StaffUser agent, string? language, CancellationToken ct)
    {
        if (!call.IsActive) return (Ended(), null);
        language = language == "en" ? "en" : "ko";
        Take(call, agent);
        call.Warnings++;
        var warning = new CallWarning { Number = call.Warnings, Script = Policy.WarningScript(language), Language = language, AgentAlias = agent.PublicAlias, At = Now };
        call.WarningLog.Add(warning);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, warning);
    }

    /// <summary>Ends the call under the policy: allowed after the configured warnings or at the length limit.</summary>
    public async Task<Outcome> EndUnderPolicyAsync(CallRecord call, StaffUser agent, CancellationToken ct)
    {
        if (!call.IsActive) return Ended();
        if (!MayEndUnderPolicy(call))
            return Outcome.Conflict("경고를 정해진 횟수만큼 한 뒤에 규정에 따라 통화를 종료할 수 있습니다.");
        Take(call, agent);
        await EndUnderPolicyCoreAsync(call, call.Warnings >= Policy.WarningsBeforeEnd ? CallEndReason.AbusePolicy : CallEndReason.TimeLimit, Now, ct);
        return Outcome.Ok;
    }

    async Task EndUnderPolicyCoreAsync(CallRecord call, CallEndReason reason, DateTime at, CancellationToken ct)
    {
        call.Status = CallStatus.Ended;
        call.EndReason = reason;
        call.EndedAt = at;
        await db.SaveChangesAsync(ct);
        await incidents.RecordEndedCallAsync(call, ct);
    }

    public async Task<Outcome> EndAsync(CallRecord call, StaffUser? agent, CallEndReason reason, DateTime? at, string? recordingRef, CancellationToken ct)
    {
        if (!call.IsActive) return Ended();
        if (agent is not null) Take(call, agent);
        call.Status = CallStatus.Ended;
        call.EndReason = reason;
        call.EndedAt = at is DateTime t && t >= call.StartedAt && t <= Now ? t : Now;
        if (!string.IsNullOrWhiteSpace(recordingRef) && call.RecordingRef is null) call.RecordingRef = recordingRef.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>기타민원: a simple question answered on the call; the answer is recorded on the call.</summary>
    public async Task<Outcome> AnswerAsync(CallRecord call, StaffUser agent, string? answer, CancellationToken ct)
    {
        if (!call.IsActive) return Ended();
        if (string.IsNullOrWhiteSpace(answer)) return Outcome.Invalid("Answer", "안내한 답변을 입력해 주세요.");
        if (answer.Length > AnswerMax) return Outcome.Invalid("Answer", "답변은 4,000자 이내로 입력해 주세요.");
        Take(call, agent);
        call.Answer = answer.Trim();
        call.Outcome = CallOutcome.Answered;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Files a complaint for the caller into the normal pipeline; the history says which agent filed it.</summary>
    public async Task<(Outcome, Complaint?)> FileForCallerAsync(CallRecord call, StaffUser agent, ComplaintInput input, CancellationToken ct)
    {
        if (!call.IsActive) return (Ended(), null);
        var (outcome, complaint) = await complaints.FileAsync(input, [], ct, filedByAlias: agent.PublicAlias);
        if (!outcome.Succeeded) return (outcome, null);
        Take(call, agent);
        call.ComplaintId = complaint!.Id;
        call.Outcome = CallOutcome.Filed;
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, complaint);
    }

    /// <summary>Hands the caller to a department's duty line; the call ends here.</summary>
    public async Task<Outcome> TransferAsync(CallRecord call, StaffUser agent, int? departmentId, CancellationToken ct)
    {
        if (!call.IsActive) return Ended();
        if (departmentId is null || !await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
            return Outcome.Invalid("DepartmentId", "연결할 부서를 선택해 주세요.");
        Take(call, agent);
        call.TransferredToDepartmentId = departmentId;
        call.Outcome = CallOutcome.Transferred;
        call.Status = CallStatus.Ended;
        call.EndReason = CallEndReason.Completed;
        call.EndedAt = Now;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Shows a note's original text: returns it, and logs the reveal, only for a note of this call.</summary>
    public async Task<bool> RevealNoteAsync(CallRecord call, long screenedTextId, StaffUser actor, CancellationToken ct)
    {
        if (call.Notes.All(n => n.ScreenedTextId != screenedTextId)) return false;
        await reading.LogRevealAsync(screenedTextId, actor, ct);
        return true;
    }

    static void Take(CallRecord call, StaffUser agent)
    {
        if (call.AgentId is not null) return;
        call.AgentId = agent.Id;
        call.AgentAlias = agent.PublicAlias;
    }

    static Outcome Ended() => Outcome.Conflict("이미 끝난 통화입니다.");
}
