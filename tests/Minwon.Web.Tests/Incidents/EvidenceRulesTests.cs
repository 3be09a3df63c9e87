using Minwon.Web.Complaints;
using Minwon.Web.Incidents;

namespace Minwon.Web.Tests.Incidents;

/// <summary>Evidence is recognised by its first bytes: each allowed kind passes, renamed executables and archives do not.</summary>
public sealed class EvidenceRulesTests
{
    static byte[] Bytes(params object[] parts) => parts.SelectMany(p => p switch
    {
        string s => System.Text.Encoding.ASCII.GetBytes(s),
        byte[] b => b,
        int i => [(byte)i],
        _ => throw new ArgumentException(),
    }).Concat(new byte[32]).ToArray();

    public static TheoryData<string, byte[], string> Allowed => new()
    {
        { "call.mp3", Bytes("ID3", 4, 0), "audio/mpeg" },
        { "call-noid3.mp3", Bytes(0xFF, 0xFB, 0x90), "audio/mpeg" },
        { "call.wav", Bytes("RIFF", new byte[4], "WAVE"), "audio/wav" },
        { "call.ogg", Bytes("OggS", 0), "audio/ogg" },
        { "call.m4a", Bytes(0, 0, 0, 0x20, "ftypM4A "), "audio/mp4" },
        { "photo.jpg", Bytes(0xFF, 0xD8, 0xFF, 0xE0), "image/jpeg" },
        { "photo.webp", Bytes("RIFF", new byte[4], "WEBP"), "image/webp" },
        { "statement.pdf", Bytes("%PDF-1.7"), "application/pdf" },
    };

    [Theory, MemberData(nameof(Allowed))]
    public void Allowed_kinds_are_recognised_by_content(string name, byte[] data, string type)
    {
        Assert.Equal(type, EvidenceRules.DetectContentType(data));
        Assert.Empty(EvidenceRules.Validate([new UploadedFile(name, data)], new IncidentOptions()));
    }

    [Theory]
    [InlineData("statement.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]        // a Windows executable
    [InlineData("recording.mp3", new byte[] { 0x50, 0x4B, 0x03, 0x04 })]        // a ZIP archive
    [InlineData("video.m4a", new byte[] { 0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x71, 0x74, 0x20, 0x20 })] // QuickTime, not audio
    [InlineData("empty.png", new byte[0])]
    public void Disguised_or_empty_files_are_refused_by_name(string name, byte[] data)
    {
        var error = Assert.Single(EvidenceRules.Validate([new UploadedFile(name, data)], new IncidentOptions()));
        Assert.Equal("Evidence", error.Field);
        Assert.Contains(name, error.Args.Cast<string>());
    }

    [Fact]
    public void Files_over_the_configured_size_and_too_many_files_are_refused()
    {
        var options = new IncidentOptions { MaxEvidenceMegabytes = 1 };
        var big = Bytes("%PDF-1.7").Concat(new byte[1024 * 1024]).ToArray();
        var error = Assert.Single(EvidenceRules.Validate([new UploadedFile("big.pdf", big)], options));
        Assert.Equal(["1", "big.pdf"], error.Args.Cast<string>());

        var many = Enumerable.Range(0, IncidentOptions.MaxFilesPerUpload + 1).Select(i => new UploadedFile($"{i}.pdf", Bytes("%PDF-1.7"))).ToList();
        Assert.Contains(EvidenceRules.Validate(many, options), e => e.Message.Contains("한 번에"));
    }
}
