using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minwon.Web.Data;
using Minwon.Web.Documents;
using Minwon.Web.Localization;
using Minwon.Web.Pages.Staff;
using Minwon.Web.Staff;

namespace Minwon.Web.Incidents;

/// <summary>
/// The package for a police report: summary.pdf, the evidence files as stored and manifest.json with the SHA-256 and
/// size of each file. Staff appear by public alias unless the exporting protection user chooses real names; either
/// way the export itself is appended to the ledger with the file hashes, and the manifest names that entry's hash.
/// </summary>
public sealed class PolicePackage(AppDbContext db, IncidentService incidents, IncidentVerifier verifier, IStringLocalizer<SharedResource> L, TimeProvider clock)
{
    public sealed record Result(byte[] Zip, string FileName);

    public async Task<Result?> BuildAsync(long incidentId, bool includeNames, StaffUser actor, CancellationToken ct)
    {
        var view = await incidents.LoadAsync(incidentId, ct);
        if (view is null) return null;
        var chain = await verifier.VerifyAsync(ct);
        var names = includeNames
            ? await db.Users.AsNoTracking().Where(u => view.Created.Staff.Select(s => s.Id).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.RealName, ct)
            : [];

        var files = new List<(string Name, byte[] Data)> { ("summary.pdf", Summary(view, chain, names)) };
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in view.Evidence)
        {
            var data = await db.Set<IncidentEvidenceContent>().AsNoTracking().Where(c => c.EvidenceId == e.Id).Select(c => c.Data).FirstAsync(ct);
            var name = $"evidence/{e.Id:D4}-{e.FileName}";
            if (used.Add(name)) files.Add((name, data));
        }
        var listed = files.Select(f => new PackageFile(f.Name, f.Data.LongLength, Convert.ToHexStringLower(SHA256.HashData(f.Data)))).ToList();
        var entry = await incidents.RecordExportAsync(incidentId, new ExportPayload(includeNames, listed), actor, ct);

        var manifest = new
        {
            incident = view.Incident.Number,
            incidentId,
            generatedAt = clock.GetUtcNow().UtcDateTime,
            staffNames = includeNames ? "real names (chosen by the exporting user)" : "public aliases",
            chainHeldAtExport = chain.Holds,
            // The entry's MAC is keyed (HMAC-SHA256 with the ledger key, which never leaves the institution); "sequence:hash"
            // is an anchor: `verify-incidents --anchor` shows whether the chain still holds this entry.
            ledgerEntry = new { sequence = entry.Sequence, hash = entry.Hash, previousHash = entry.PreviousHash, algorithm = "HMAC-SHA256", keyId = entry.KeyId, anchor = $"{entry.Sequence}:{entry.Hash}" },
            hashAlgorithm = "SHA-256",
            files = listed,
        };
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in files)
            {
                await using var s = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                await s.WriteAsync(data, ct);
            }
            await using var m = archive.CreateEntry("manifest.json").Open();
            await m.WriteAsync(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(manifest, new System.Text.Json.JsonSerializerOptions(LedgerJson.Options) { WriteIndented = true })), ct);
        }
        return new Result(zip.ToArray(), $"{view.Incident.Number}-police-package.zip");
    }

    byte[] Summary(IncidentView v, ChainReport chain, Dictionary<string, string> names)
    {
        var c = v.Created;
        string Staff(StaffRef s) => names.TryGetValue(s.Id, out var n) ? $"{s.Alias} ({n})" : s.Alias;
        using var pdf = new PdfReport($"{L["악성민원 사건 기록"]} {v.Incident.Number}", $"{v.Incident.Number} · {L["경찰 제출용"]}");
        pdf.Heading(L["사건 개요"])
            .Field(L["사건 번호"], v.Incident.Number)
            .Field(L["유형"], L[IncidentText.Type(c.Type)])
            .Field(L["접수 경로"], L[IncidentText.Source(c.Source)] + (c.ComplaintReceipt is null ? "" : $" · {c.ComplaintReceipt}") + (c.CallReference is null ? "" : $" · {c.CallReference}"))
            .Field(L["발생 일시"], StaffText.Kst(c.OccurredAt) + " (KST)")
            .Field(L["발생 장소"], c.Place)
            .Field(L["민원인"], c.ComplainantName)
            .Field(L["민원인 전화번호"], c.ComplainantPhone)
            .Field(L["관련 직원"], c.Staff.Count == 0 ? null : string.Join(", ", c.Staff.Select(Staff)))
            .Field(L["목격자"], c.Witnesses)
            .Field(L["조치"], string.Join(", ", v.Measures.Select(m => L[IncidentText.Measure(m)].Value)))
            .Field(L["기록자"], v.CreatedBy)
            .Field(L["기록 일시"], StaffText.Kst(v.Incident.RecordedAt) + " (KST)");
        pdf.Heading(L["사건 내용"]).Paragraph(c.Description);
        if (c.MeasureNote is not null) pdf.Heading(L["조치 메모"]).Paragraph(c.MeasureNote);
        pdf.Heading(L["증거 파일"]).Table([L["파일"], L["형식"], L["크기(바이트)"], "SHA-256"],
            v.Evidence.Select(e => (IReadOnlyList<string>)[e.FileName, e.ContentType, e.Size.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Sha256]),
            [3, 2, 1.5f, 5]);
        pdf.Heading(L["기록 이력 (위변조 방지 체인)"]).Table([L["순번"], L["일시"], L["구분"], L["기록자"], L["해시"]],
            v.Entries.Select(e => (IReadOnlyList<string>)[e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), StaffText.Kst(e.RecordedAt),
                L[IncidentText.Kind(e.Kind)], e.ActorAlias, e.Hash]), [1, 2.2f, 2, 2, 5]);
        pdf.Paragraph(chain.Status switch
        {
            ChainStatus.Holds => L["내보낼 때 기록 체인 검증: 정상 (항목 {0}개, 증거 {1}개).", chain.EntriesChecked, chain.EvidenceChecked],
            ChainStatus.Broken => L["내보낼 때 기록 체인 검증: 손상 (순번 {0}).", chain.Break!.Sequence],
            _ => L["내보낼 때 기록 체인 검증: 기록 체인 키가 없거나 달라 확인하지 못함."],
        });
        pdf.Paragraph(L["각 파일의 SHA-256은 manifest.json에 있으며, 이 내보내기 자체도 기록 체인에 남습니다."]);
        return pdf.ToBytes();
    }
}
