using Minwon.Web.Complaints;

namespace Minwon.Web.Incidents;

public static class IncidentUploads
{
    /// <summary>
    /// Reads the chosen files, each capped at one byte over the limit (enough for the rules to call it too large),
    /// and one file over the count limit (enough to say there are too many).
    /// </summary>
    public static async Task<List<UploadedFile>> ReadAsync(IEnumerable<IFormFile> files, IncidentOptions options, CancellationToken ct)
    {
        var result = new List<UploadedFile>();
        foreach (var file in files.Where(f => f.Length > 0 || f.FileName.Length > 0).Take(IncidentOptions.MaxFilesPerUpload + 1))
        {
            var buffer = new byte[Math.Min(file.Length, options.MaxEvidenceBytes + 1)];
            await using var stream = file.OpenReadStream();
            var read = 0;
            while (read < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), ct);
                if (n == 0) break;
                read += n;
            }
            result.Add(new UploadedFile(file.FileName, read == buffer.Length ? buffer : buffer[..read]));
        }
        return result;
    }
}
