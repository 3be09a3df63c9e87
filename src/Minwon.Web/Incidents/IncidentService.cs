using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Minwon.Core.Complaints;
using Minwon.Core.Contact;
using Minwon.Core.Deadlines;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Staff;

namespace Minwon.Web.Incidents;

/// <summary>
/// Records incidents into the append-only ledger. Every write is one transaction that adds rows and ledger entries and
/// never changes or removes anything stored; there is no update or delete path. Reads build the incident from its entries.
/// </summary>
public sealed class IncidentService(AppDbContext db, ComplaintService complaints, IncidentOptions options, IncidentLedgerKeyStore keys, TimeProvider clock)
{
    sealed record PendingEntry(long IncidentId, LedgerEntryKind Kind, string Payload);

    DateTime Now => IncidentLedgerEntry.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);

    /// <summary>Records a new incident with its evidence. <paramref name="canSeeAll"/>: a protection role, who may name any complaint.</summary>
    public async Task<(List<IncidentError> Errors, Incident? Incident)> RecordAsync(
        IncidentInput input, IReadOnlyList<UploadedFile> files, StaffUser actor, bool canSeeAll, CancellationToken ct)
    {
        var errors = EvidenceRules.Validate(files, options);
        Complaint? complaint = null;
        if (input.Type is null) errors.Add(new("Type", "사건 유형을 선택해 주세요."));
        if (input.Source is null) errors.Add(new("Source", "접수 경로를 선택해 주세요."));
        if (input.Source == IncidentSource.Complaint)
        {
            if (input.ComplaintId is not long cid) errors.Add(new("ComplaintId", "관련 민원 번호를 입력해 주세요."));
            else
            {
                var (loaded, c) = await complaints.LoadForStaffAsync(cid, actor, canSeeAll, ct);
                if (!loaded.Succeeded) errors.Add(new("ComplaintId", "관련 민원을 찾을 수 없거나 볼 권한이 없습니다."));
                complaint = c;
            }
        }
        if (input.Source == IncidentSource.Call && string.IsNullOrWhiteSpace(input.CallReference))
            errors.Add(new("CallReference", "통화 또는 녹음 번호를 입력해 주세요."));
        var now = Now;
        if (input.OccurredAtKst is not DateTime local) errors.Add(new("OccurredAtKst", "발생 일시를 입력해 주세요."));
        else if (KoreaTime.ToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)) > now.AddMinutes(5)) errors.Add(new("OccurredAtKst", "발생 일시는 미래일 수 없습니다."));
        Require(errors, "Place", input.Place, 200, "발생 장소를 입력해 주세요.", "발생 장소는 200자 이내로 입력해 주세요.");
        Require(errors, "Description", input.Description, 5000, "사건 내용을 입력해 주세요.", "사건 내용은 5000자 이내로 입력해 주세요.");
        if (input.Witnesses?.Length > 1000) errors.Add(new("Witnesses", "목격자는 1000자 이내로 입력해 주세요."));
        if (input.MeasureNote?.Length > 1000) errors.Add(new("MeasureNote", "조치 메모는 1000자 이내로 입력해 주세요."));
        if (input.CallReference?.Length > 100) errors.Add(new("CallReference", "통화 또는 녹음 번호는 100자 이내로 입력해 주세요."));

        var name = string.IsNullOrWhiteSpace(input.ComplainantName) ? complaint?.CitizenName : input.ComplainantName.Trim();
        if (name?.Length > 50) errors.Add(new("ComplainantName", "민원인 이름은 50자 이내로 입력해 주세요."));
        var phoneText = string.IsNullOrWhiteSpace(input.ComplainantPhone) ? complaint?.CitizenPhone : input.ComplainantPhone;
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(phoneText))
        {
            if (KoreanPhone.TryNormalize(phoneText, out var normalized)) phone = normalized;
            else errors.Add(new("ComplainantPhone", "민원인 전화번호 형식이 올바르지 않습니다."));
        }

        var staffIds = input.StaffIds.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).Select(u => new StaffRef(u.Id, u.PublicAlias)).ToListAsync(ct);
        if (staff.Count != staffIds.Count) errors.Add(new("StaffIds", "선택한 직원을 찾을 수 없습니다."));
        if (errors.Count > 0) return (errors, null);

        var occurredAt = KoreaTime.ToUtc(DateTime.SpecifyKind(input.OccurredAtKst!.Value, DateTimeKind.Unspecified));
        var (incident, _) = await WriteAsync(async () =>
        {
            var row = new Incident
            {
                Type = input.Type!.Value, Source = input.Source!.Value, ComplaintId = complaint?.Id,
                ComplainantPhoneDigits = phone is null ? null : KoreanPhone.Digits(phone), OccurredAt = occurredAt, RecordedAt = now,
            };
            db.Set<Incident>().Add(row);
            await db.SaveChangesAsync(ct);
            var created = new CreatedPayload(row.Type, row.Source, complaint?.Id, complaint?.ReceiptNumber,
                input.Source == IncidentSource.Call ? input.CallReference!.Trim() : null, name, phone, occurredAt, input.Place!.Trim(),
                staff.OrderBy(s => s.Alias, StringComparer.Ordinal).ToList(), input.Description!.Trim(), Blank(input.Witnesses),
                input.Measures.Distinct().Order().ToList(), Blank(input.MeasureNote));
            var entries = new List<PendingEntry> { new(row.Id, LedgerEntryKind.Created, LedgerJson.Write(created)) };
            entries.AddRange(await AddEvidenceRowsAsync(row.Id, files, ct));
            return (row, entries);
        }, actor.PublicAlias, now, ct);
        return ([], incident);
    }

    public async Task<List<IncidentError>> AddEvidenceAsync(long incidentId, IReadOnlyList<UploadedFile> files, StaffUser actor, CancellationToken ct)
    {
        var errors = EvidenceRules.Validate(files, options);
        if (files.Count == 0) errors.Add(new("Evidence", "올릴 파일을 선택해 주세요."));
        if (errors.Count > 0) return errors;
        await WriteAsync(async () => (true, await AddEvidenceRowsAsync(incidentId, files, ct)), actor.PublicAlias, Now, ct);
        return [];
    }

    public async Task<List<IncidentError>> AddMeasuresAsync(long incidentId, IReadOnlyList<IncidentMeasure> measures, string? note, StaffUser actor, CancellationToken ct)
    {
        if (measures.Count == 0 && string.IsNullOrWhiteSpace(note)) return [new("Measures", "조치를 하나 이상 선택하거나 메모를 입력해 주세요.")];
        if (note?.Length > 1000) return [new("MeasureNote", "조치 메모는 1000자 이내로 입력해 주세요.")];
        var payload = LedgerJson.Write(new MeasurePayload(measures.Distinct().Order().ToList(), Blank(note)));
        await WriteAsync(() => Task.FromResult((true, new List<PendingEntry> { new(incidentId, LedgerEntryKind.MeasureAdded, payload) })), actor.PublicAlias, Now, ct);
        return [];
    }

    public async Task<List<IncidentError>> AddNoteAsync(long incidentId, string? text, StaffUser actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return [new("Note", "메모를 입력해 주세요.")];
        if (text.Length > 2000) return [new("Note", "메모는 2000자 이내로 입력해 주세요.")];
        var payload = LedgerJson.Write(new NotePayload(text.Trim()));
        await WriteAsync(() => Task.FromResult((true, new List<PendingEntry> { new(incidentId, LedgerEntryKind.NoteAdded, payload) })), actor.PublicAlias, Now, ct);
        return [];
    }

    /// <summary>Records that a package with these files left the system; returns the entry, whose hash the manifest names.</summary>
    public async Task<IncidentLedgerEntry> RecordExportAsync(long incidentId, ExportPayload export, StaffUser actor, CancellationToken ct)
    {
        var entry = new PendingEntry(incidentId, LedgerEntryKind.PackageExported, LedgerJson.Write(export));
        var (_, appended) = await WriteAsync(() => Task.FromResult((true, new List<PendingEntry> { entry })), actor.PublicAlias, Now, ct);
        return appended[0];
    }

    /// <summary>The incident as its ledger entries tell it, or null when there is no such incident.</summary>
    public async Task<IncidentView?> LoadAsync(long id, CancellationToken ct)
    {
        var incident = await db.Set<Incident>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return null;
        var entries = await db.Set<IncidentLedgerEntry>().AsNoTracking().Where(e => e.IncidentId == id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var evidence = await db.Set<IncidentEvidence>().AsNoTracking().Where(e => e.IncidentId == id).OrderBy(e => e.Id).ToListAsync(ct);
        return IncidentView.From(incident, entries, evidence);
    }


    /// <summary>
    /// Incidents recorded against a complainant's phone, newest first, for other features (call center, complaint
    /// screening): <c>IncidentService.ForComplainant(db, "010-2345-6789")</c>. Any format of the number matches.
    /// </summary>
    public static IQueryable<Incident> ForComplainant(AppDbContext db, string phone)
    {
        var digits = KoreanPhone.Digits(KoreanPhone.TryNormalize(phone, out var n) ? n : phone);
        return db.Set<Incident>().AsNoTracking().Where(i => i.ComplainantPhoneDigits == digits).OrderByDescending(i => i.OccurredAt);
    }

    async Task<List<PendingEntry>> AddEvidenceRowsAsync(long incidentId, IReadOnlyList<UploadedFile> files, CancellationToken ct)
    {
        var rows = files.Select(f => new IncidentEvidence
        {
            IncidentId = incidentId, FileName = AttachmentRules.SafeFileName(f.FileName), ContentType = EvidenceRules.DetectContentType(f.Data)!,
            Size = f.Data.LongLength, Sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Data)),
            Content = new IncidentEvidenceContent { Data = f.Data },
        }).ToList();
        db.Set<IncidentEvidence>().AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Select(r => new PendingEntry(incidentId, LedgerEntryKind.EvidenceAdded,
            LedgerJson.Write(new EvidencePayload(r.Id, r.FileName, r.ContentType, r.Size, r.Sha256)))).ToList();
    }

    /// <summary>
    /// Runs <paramref name="work"/> and appends its entries, keyed, at the head of the chain in one transaction. Two writers
    /// reading the same head both try to insert sequence n+1; the primary key lets one win and the other starts over.
    /// </summary>
    async Task<(T Result, List<IncidentLedgerEntry> Appended)> WriteAsync<T>(Func<Task<(T Result, List<PendingEntry> Entries)>> work, string actor, DateTime now, CancellationToken ct)
    {
        var key = keys.Current;
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var (result, entries) = await work();
                var head = await db.Set<IncidentLedgerEntry>().AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
                var (sequence, previous) = head is null ? (0L, IncidentLedgerEntry.GenesisHash) : (head.Sequence, head.Hash);
                var appended = new List<IncidentLedgerEntry>();
                foreach (var p in entries)
                {
                    var entry = new IncidentLedgerEntry
                    {
                        Sequence = ++sequence, IncidentId = p.IncidentId, Kind = p.Kind, Payload = p.Payload, RecordedAt = now,
                        ActorAlias = actor, PreviousHash = previous, Hash = "", Algorithm = LedgerAlgorithm.HmacSha256, KeyId = key.Id,
                    };
                    entry.Hash = entry.ComputeHash(key);
                    previous = entry.Hash;
                    db.Set<IncidentLedgerEntry>().Add(entry);
                    appended.Add(entry);
                }
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
                return (result, appended);
            }
            catch (DbUpdateException) when (attempt < 10)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    static void Require(List<IncidentError> errors, string field, string? value, int max, string missing, string tooLong)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new(field, missing));
        else if (value.Trim().Length > max) errors.Add(new(field, tooLong));
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
