using System.Globalization;
using Minwon.Web.Complaints;

namespace Minwon.Web.Incidents;

public sealed class IncidentOptions
{
    /// <summary>Per evidence file (Incidents:MaxEvidenceMegabytes, 50 by default).</summary>
    public int MaxEvidenceMegabytes { get; set; } = 50;
    public long MaxEvidenceBytes => MaxEvidenceMegabytes * 1024L * 1024L;
    public const int MaxFilesPerUpload = 5;
    /// <summary>The request limit of the upload forms: five files at the largest allowed size, plus the form.</summary>
    public const long MaxRequestBytes = 5L * 200 * 1024 * 1024 + 1024 * 1024;

    /// <summary>Incidents:LedgerKey: the ledger key, base64 of at least 32 random bytes, from a secret store (never the database).</summary>
    public string? LedgerKey { get; set; }
    /// <summary>Incidents:LedgerUnkeyedEntries: with LedgerKey, how many entries were written before the chain was keyed.</summary>
    public long? LedgerUnkeyedEntries { get; set; }
    /// <summary>Incidents:LedgerKeyFile: a key file instead (created at start if missing); data/incident-ledger.key by default with SQLite.</summary>
    public string? LedgerKeyFile { get; set; }
}

/// <summary>An error worded in Korean (a key of the shared resources) with its arguments, translated where shown.</summary>
public sealed record IncidentError(string Field, string Message, params object[] Args);

/// <summary>Evidence: recordings, images and PDFs, recognised by their content (the complaint sniffer), not their name.</summary>
public static class EvidenceRules
{
    public static string? DetectContentType(ReadOnlySpan<byte> data) =>
        AttachmentRules.DetectContentType(data) ?? AttachmentRules.DetectAudioType(data);

    public static List<IncidentError> Validate(IReadOnlyList<UploadedFile> files, IncidentOptions options)
    {
        var errors = new List<IncidentError>();
        if (files.Count > IncidentOptions.MaxFilesPerUpload)
            errors.Add(new("Evidence", "증거 파일은 한 번에 {0}개까지 올릴 수 있습니다.", IncidentOptions.MaxFilesPerUpload));
        foreach (var f in files)
        {
            if (f.Data.LongLength > options.MaxEvidenceBytes)
                errors.Add(new("Evidence", "증거 파일은 {0}MB 이하여야 합니다: {1}", options.MaxEvidenceMegabytes.ToString(CultureInfo.InvariantCulture), f.FileName));
            else if (f.Data.Length == 0 || DetectContentType(f.Data) is null)
                errors.Add(new("Evidence", "녹음(MP3, WAV, M4A, OGG), 이미지(JPG, PNG, GIF, WebP) 또는 PDF 파일만 올릴 수 있습니다. 파일 내용이 형식과 맞지 않습니다: {0}", f.FileName));
        }
        return errors;
    }
}
