namespace Minwon.Web.Complaints;

public sealed record UploadedFile(string FileName, byte[] Data);

/// <summary>Attachments: up to five images or PDFs of 10 MB each, recognised by their content, not their name.</summary>
public static class AttachmentRules
{
    public const int MaxFiles = 5;
    public const long MaxBytes = 10 * 1024 * 1024;

    public static string? DetectContentType(ReadOnlySpan<byte> d)
    {
        if (d.StartsWith("%PDF-"u8)) return "application/pdf";
        if (d.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (d.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "image/jpeg";
        if (d.StartsWith("GIF87a"u8) || d.StartsWith("GIF89a"u8)) return "image/gif";
        if (d.Length >= 12 && d[..4].SequenceEqual("RIFF"u8) && d[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    /// <summary>Recorded sound (incident evidence): MP3, WAV, M4A/MP4 audio, Ogg. Null when the bytes are none of these.</summary>
    public static string? DetectAudioType(ReadOnlySpan<byte> d)
    {
        if (d.StartsWith("ID3"u8) || (d.Length >= 2 && d[0] == 0xFF && (d[1] & 0xE0) == 0xE0 && d[1] != 0xFF)) return "audio/mpeg";
        if (d.Length >= 12 && d[..4].SequenceEqual("RIFF"u8) && d[8..12].SequenceEqual("WAVE"u8)) return "audio/wav";
        if (d.StartsWith("OggS"u8)) return "audio/ogg";
        if (d.Length >= 12 && d[4..8].SequenceEqual("ftyp"u8) && (d[8..11].SequenceEqual("M4A"u8) || d[8..11].SequenceEqual("M4B"u8))) return "audio/mp4";
        return null;
    }

    public static Dictionary<string, string> Validate(IReadOnlyList<UploadedFile> files)
    {
        var e = new Dictionary<string, string>();
        if (files.Count > MaxFiles) e["Attachments"] = "첨부파일은 5개까지 올릴 수 있습니다.";
        foreach (var f in files)
        {
            if (f.Data.LongLength > MaxBytes) { e["Attachments"] = $"파일 크기는 10MB 이하여야 합니다: {f.FileName}"; break; }
            if (f.Data.Length == 0 || DetectContentType(f.Data) is null) { e["Attachments"] = $"이미지(JPG, PNG, GIF, WebP) 또는 PDF 파일만 올릴 수 있습니다: {f.FileName}"; break; }
        }
        return e;
    }

    static readonly Dictionary<string, string[]> Extensions = new()
    {
        ["application/pdf"] = [".pdf"], ["image/png"] = [".png"], ["image/jpeg"] = [".jpg", ".jpeg"], ["image/gif"] = [".gif"],
        ["image/webp"] = [".webp"],
    };

    /// <summary>
    /// The file's safe name ending in an extension of what the bytes are (page.html holding a PNG is stored as page.png),
    /// so a downloaded file opens as what it was checked to be, whatever name it came with.
    /// </summary>
    public static string SafeFileName(string name, string contentType)
    {
        var safe = SafeFileName(name);
        if (!Extensions.TryGetValue(contentType, out var extensions)) return safe;
        var extension = Path.GetExtension(safe);
        if (extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)) return safe;
        var stem = extension.Length > 0 && safe.Length > extension.Length ? safe[..^extension.Length] : safe;
        return stem + extensions[0];
    }

    public static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(file.Where(ch => !char.IsControl(ch) && ch is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (clean.Length == 0) clean = "attachment";
        return clean.Length > 150 ? clean[^150..] : clean;
    }
}
