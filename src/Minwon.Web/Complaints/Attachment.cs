namespace Minwon.Web.Complaints;

public class Attachment
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public AttachmentContent? Content { get; set; }
}

/// <summary>The bytes live in their own table so lists of attachments never load them.</summary>
public class AttachmentContent
{
    public long AttachmentId { get; set; }
    public required byte[] Data { get; set; }
}
