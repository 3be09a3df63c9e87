using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Minwon.Web.Incidents;

/// <summary>A staff member named in an incident: the id, and the public alias at the time of recording.</summary>
public sealed record StaffRef(string Id, string Alias);

public sealed record CreatedPayload(
    IncidentType Type, IncidentSource Source, long? ComplaintId, string? ComplaintReceipt, string? CallReference,
    string? ComplainantName, string? ComplainantPhone, DateTime OccurredAt, string Place, IReadOnlyList<StaffRef> Staff,
    string Description, string? Witnesses, IReadOnlyList<IncidentMeasure> Measures, string? MeasureNote);

public sealed record EvidencePayload(long EvidenceId, string FileName, string ContentType, long Size, string Sha256);

public sealed record MeasurePayload(IReadOnlyList<IncidentMeasure> Measures, string? Note);

public sealed record NotePayload(string Text);

public sealed record PackageFile(string Name, long Size, string Sha256);

public sealed record ExportPayload(bool IncludeNames, IReadOnlyList<PackageFile> Files);

/// <summary>One JSON form for every payload: fixed property order, enums as names, Hangul unescaped.</summary>
public static class LedgerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException("Empty ledger payload.");
}
