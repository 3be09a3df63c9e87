using System.Globalization;
using Minwon.Web.Documents;

namespace Minwon.Web.Proactive;

/// <summary>The committee's minutes for a period: criteria, screening, ranking with the jury/vote split, recusals and selections.</summary>
public static class MinutesPdf
{
    public static byte[] Build(ProactivePeriod p, IReadOnlyList<Recommendation> recommendations, IReadOnlyList<Standing> ranking,
        IReadOnlyList<Recusal> recusals, IReadOnlyList<string> reviewers, string institution, DateTime nowUtc)
    {
        static string N(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
        string Title(long id) => recommendations.FirstOrDefault(r => r.Id == id) is { } r ? $"{r.ReceiptNumber} {r.PublicTitle ?? r.Title}" : id.ToString(CultureInfo.InvariantCulture);

        using var pdf = new PdfReport($"적극행정위원회 회의록 — {p.Name}", $"{institution} · {Pages.Staff.StaffText.Kst(nowUtc)} (KST)");
        pdf.Field("심사 기간", $"{p.StartsOn:yyyy-MM-dd} ~ {p.EndsOn:yyyy-MM-dd} ({ProactiveText.PeriodKind(p.Kind)})")
            .Field("점수 반영", p.HasVote ? $"심사 {p.JuryShare}% · 국민투표 {100 - p.JuryShare}%" : "심사 100% (국민투표 없음)")
            .Field("투표 기간", p.HasVote ? $"{Pages.Staff.StaffText.Kst(p.VoteOpensAt!.Value)} ~ {Pages.Staff.StaffText.Kst(p.VoteClosesAt!.Value)} (KST)" : "-")
            .Field("심사위원", reviewers.Count == 0 ? "-" : string.Join(", ", reviewers));

        pdf.Heading("심사 기준").Table(["기준", "배점"], p.Criteria.OrderBy(c => c.Order).Select(c => (IReadOnlyList<string>)[c.Name, $"{c.Weight}"]), [3, 1]);

        pdf.Heading("사전 검토").Table(["접수번호", "제목", "결과", "사유"],
            recommendations.Select(r => (IReadOnlyList<string>)[r.ReceiptNumber, r.Title, r.Status == RecommendationStatus.Ineligible ? "부적격" : "적격", r.ScreeningReason ?? ""]),
            [1.4f, 2.5f, 0.8f, 2.5f]);

        pdf.Heading("심사 결과").Table(["순위", "후보", "심사위원 수", "심사 점수", "득표", "투표 점수", "최종 점수"],
            ranking.Select(s => (IReadOnlyList<string>)[$"{s.Rank}", Title(s.RecommendationId), $"{s.Reviewers}", N(s.Jury), $"{s.Votes}", N(s.VoteScore), N(s.Final)]),
            [0.6f, 3, 0.9f, 0.9f, 0.7f, 0.9f, 0.9f]);
        pdf.BarChart(ranking.Select(s => (Title(s.RecommendationId), s.Final)), "점");

        pdf.Heading("회피").Paragraph(recusals.Count == 0 ? "없음" : string.Join("\n", recusals.Select(r =>
            $"{r.ReviewerAlias}: {Title(r.RecommendationId)} ({r.Reason})")));

        var selected = recommendations.Where(r => r.Status == RecommendationStatus.Selected).ToList();
        pdf.Heading("선정").Table(["후보", "등급", "포상"], selected.Select(r => (IReadOnlyList<string>)[Title(r.Id), ProactiveText.Award(r.Award), r.Reward ?? ""]), [3, 1, 2]);
        if (selected.Count == 0) pdf.Paragraph("선정된 후보가 없습니다.");
        return pdf.ToBytes();
    }
}
