namespace Minwon.Web.Incidents;

/// <summary>An incident as its ledger entries tell it: the first entry's facts, then every addition in order.</summary>
public sealed class IncidentView
{
    public required Incident Incident { get; init; }
    public required CreatedPayload Created { get; init; }
    public required string CreatedBy { get; init; }
    public required IReadOnlyList<IncidentLedgerEntry> Entries { get; init; }
    public required IReadOnlyList<IncidentEvidence> Evidence { get; init; }

    /// <summary>Every measure taken so far, from the record and from later additions.</summary>
    public IReadOnlyList<IncidentMeasure> Measures => Entries.Where(e => e.Kind == LedgerEntryKind.MeasureAdded)
        .SelectMany(e => LedgerJson.Read<MeasurePayload>(e.Payload).Measures).Concat(Created.Measures).Distinct().Order().ToList();

    public static IncidentView From(Incident incident, List<IncidentLedgerEntry> entries, List<IncidentEvidence> evidence)
    {
        var first = entries.FirstOrDefault(e => e.Kind == LedgerEntryKind.Created)
            ?? throw new InvalidOperationException($"Incident {incident.Id} has no Created entry in the ledger.");
        return new IncidentView
        {
            Incident = incident, Created = LedgerJson.Read<CreatedPayload>(first.Payload), CreatedBy = first.ActorAlias,
            Entries = entries, Evidence = evidence,
        };
    }

    /// <summary>A short line of what an entry added (Korean text with arguments, for the shared resources).</summary>
    public static (string Text, object[] Args) Describe(IncidentLedgerEntry e)
    {
        switch (e.Kind)
        {
            case LedgerEntryKind.EvidenceAdded:
                var evidence = LedgerJson.Read<EvidencePayload>(e.Payload);
                return ("{0} (SHA-256 {1}…)", [evidence.FileName, evidence.Sha256[..16]]);
            case LedgerEntryKind.NoteAdded:
                return ("{0}", [LedgerJson.Read<NotePayload>(e.Payload).Text]);
            case LedgerEntryKind.PackageExported:
                return (LedgerJson.Read<ExportPayload>(e.Payload).IncludeNames ? "실명 포함" : "가명", []);
            default:
                return ("", []);
        }
    }
}

/// <summary>Korean display names of the incident vocabulary (keys of the shared resources).</summary>
public static class IncidentText
{
    public static string Type(IncidentType t) => t switch
    {
        IncidentType.VerbalAbuse => "폭언",
        IncidentType.Threat => "협박",
        IncidentType.Assault => "폭행",
        IncidentType.SexualHarassment => "성희롱",
        IncidentType.PropertyDamage => "기물파손",
        IncidentType.Obstruction => "업무방해",
        IncidentType.RepeatedComplaint => "반복민원",
        _ => t.ToString(),
    };

    public static string Source(IncidentSource s) => s switch
    {
        IncidentSource.Complaint => "민원",
        IncidentSource.Call => "전화",
        IncidentSource.WalkIn => "방문",
        _ => s.ToString(),
    };

    public static string Measure(IncidentMeasure m) => m switch
    {
        IncidentMeasure.Warning => "경고",
        IncidentMeasure.CallEnded => "통화 종료",
        IncidentMeasure.EntryBan => "출입 제한",
        IncidentMeasure.PoliceReport => "경찰 신고",
        IncidentMeasure.Rest => "휴식 부여",
        IncidentMeasure.Counselling => "심리 상담",
        IncidentMeasure.Reassignment => "업무 전환",
        _ => m.ToString(),
    };

    public static string Kind(LedgerEntryKind k) => k switch
    {
        LedgerEntryKind.Created => "등록",
        LedgerEntryKind.EvidenceAdded => "증거 추가",
        LedgerEntryKind.MeasureAdded => "조치 추가",
        LedgerEntryKind.NoteAdded => "메모",
        LedgerEntryKind.PackageExported => "자료 내보내기",
        _ => k.ToString(),
    };
}
