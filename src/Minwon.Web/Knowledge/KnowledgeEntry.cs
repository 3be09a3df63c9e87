using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Minwon.Web.Knowledge;

/// <summary>A canned answer agents read out on the phone; published ones are the public FAQ too.</summary>
public class KnowledgeEntry
{
    public int Id { get; set; }
    public required string Topic { get; set; }
    public required string Question { get; set; }
    public required string Answer { get; set; }
    public string? QuestionEn { get; set; }
    public string? AnswerEn { get; set; }
    public bool Published { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// One character bigram of an entry's normalised text: the search index. Korean has no spaces inside words
/// (환불받으려면), so matching every bigram of the query finds 환불 there on SQLite and PostgreSQL alike.
/// </summary>
public class KnowledgeGram
{
    public int EntryId { get; set; }
    public required string Gram { get; set; }
}

sealed class KnowledgeEntryConfiguration : IEntityTypeConfiguration<KnowledgeEntry>
{
    public void Configure(EntityTypeBuilder<KnowledgeEntry> b)
    {
        b.ToTable("KnowledgeEntries");
        b.Property(x => x.Topic).HasMaxLength(50);
        b.Property(x => x.Question).HasMaxLength(300);
        b.Property(x => x.Answer).HasMaxLength(4000);
        b.Property(x => x.QuestionEn).HasMaxLength(300);
        b.Property(x => x.AnswerEn).HasMaxLength(4000);
        b.HasIndex(x => x.Published);
    }
}

sealed class KnowledgeGramConfiguration : IEntityTypeConfiguration<KnowledgeGram>
{
    public void Configure(EntityTypeBuilder<KnowledgeGram> b)
    {
        b.ToTable("KnowledgeGrams");
        b.HasKey(x => new { x.Gram, x.EntryId });
        b.Property(x => x.Gram).HasMaxLength(8);
        b.HasIndex(x => x.EntryId);
        b.HasOne<KnowledgeEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
