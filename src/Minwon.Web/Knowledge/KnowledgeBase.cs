using System.Text;
using Microsoft.EntityFrameworkCore;
using Minwon.Web.Complaints;
using Minwon.Web.Data;

namespace Minwon.Web.Knowledge;

/// <summary>Canned answers and FAQs: Korean (and English) search by character bigrams, adding and editing entries.</summary>
public sealed class KnowledgeBase(AppDbContext db, TimeProvider clock)
{
    public const int QuestionMax = 300, AnswerMax = 4000, TopicMax = 50;

    /// <summary>Lower case, compatibility forms folded (NFKC), split into runs of letters and digits.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch)) { sb.Append(ch); continue; }
            if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    /// <summary>The distinct bigrams of the words (a one-letter word stands for itself).</summary>
    public static HashSet<string> Grams(string? text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text))
        {
            // NFKC composes Hangul jamo into syllables, so one char is one syllable here.
            var letters = word;
            if (letters.Length == 1) grams.Add(letters);
            for (var i = 0; i + 1 < letters.Length; i++) grams.Add(letters.Substring(i, 2));
        }
        return grams;
    }

    static HashSet<string> GramsOf(KnowledgeEntry e) => Grams($"{e.Topic} {e.Question} {e.Answer} {e.QuestionEn} {e.AnswerEn}");

    /// <summary>Entries whose text holds every bigram of the query, the most matching question first.</summary>
    public async Task<List<KnowledgeEntry>> SearchAsync(string? query, bool publishedOnly, int take, CancellationToken ct)
    {
        var grams = Grams(query).ToList();
        var entries = db.Set<KnowledgeEntry>().AsNoTracking().Where(e => !publishedOnly || e.Published);
        if (grams.Count == 0) return await entries.OrderBy(e => e.Topic).ThenBy(e => e.Id).Take(take).ToListAsync(ct);
        var ids = db.Set<KnowledgeGram>().Where(g => grams.Contains(g.Gram)).GroupBy(g => g.EntryId)
            .Where(g => g.Count() == grams.Count).Select(g => g.Key);
        var found = await entries.Where(e => ids.Contains(e.Id)).Take(500).ToListAsync(ct);
        // Rank: the query in the question beats the query only in the answer.
        var words = Words(query).ToList();
        return found.OrderByDescending(e => words.Count(w => Words(e.Question + " " + e.QuestionEn).Any(q => q.Contains(w, StringComparison.Ordinal))))
            .ThenBy(e => e.Id).Take(take).ToList();
    }

    public Task<KnowledgeEntry?> FindAsync(int id, CancellationToken ct) => db.Set<KnowledgeEntry>().FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<(Outcome, KnowledgeEntry?)> SaveAsync(int? id, string? topic, string? question, string? answer, string? questionEn, string? answerEn,
        bool published, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(topic) || topic.Trim().Length > TopicMax) errors["Topic"] = "주제를 50자 이내로 입력해 주세요.";
        if (string.IsNullOrWhiteSpace(question) || question.Trim().Length > QuestionMax) errors["Question"] = "질문을 300자 이내로 입력해 주세요.";
        if (string.IsNullOrWhiteSpace(answer) || answer.Trim().Length > AnswerMax) errors["Answer"] = "답변을 4,000자 이내로 입력해 주세요.";
        if (questionEn?.Length > QuestionMax || answerEn?.Length > AnswerMax) errors["QuestionEn"] = "영어 질문은 300자, 답변은 4,000자 이내로 입력해 주세요.";
        if (errors.Count > 0) return (Outcome.Invalid(errors), null);
        KnowledgeEntry entry;
        if (id is int existing)
        {
            var found = await FindAsync(existing, ct);
            if (found is null) return (Outcome.NotFound(), null);
            entry = found;
            await db.Set<KnowledgeGram>().Where(g => g.EntryId == existing).ExecuteDeleteAsync(ct);
        }
        else
        {
            entry = new KnowledgeEntry { Topic = "", Question = "", Answer = "" };
            db.Set<KnowledgeEntry>().Add(entry);
        }
        entry.Topic = topic!.Trim();
        entry.Question = question!.Trim();
        entry.Answer = answer!.Trim();
        entry.QuestionEn = string.IsNullOrWhiteSpace(questionEn) ? null : questionEn.Trim();
        entry.AnswerEn = string.IsNullOrWhiteSpace(answerEn) ? null : answerEn.Trim();
        entry.Published = published;
        entry.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Set<KnowledgeGram>().AddRange(GramsOf(entry).Select(g => new KnowledgeGram { EntryId = entry.Id, Gram = g }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (Outcome.Ok, entry);
    }

    /// <summary>Adds entries with their index in one go (the demo seed, bulk imports).</summary>
    public static async Task AddRangeAsync(AppDbContext db, IEnumerable<KnowledgeEntry> entries, CancellationToken ct = default)
    {
        var list = entries.ToList();
        db.Set<KnowledgeEntry>().AddRange(list);
        await db.SaveChangesAsync(ct);
        db.Set<KnowledgeGram>().AddRange(list.SelectMany(e => GramsOf(e).Select(g => new KnowledgeGram { EntryId = e.Id, Gram = g })));
        await db.SaveChangesAsync(ct);
    }
}
