using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Core.Complaints;

namespace Minwon.Web.Pages;

public class IndexModel : PageModel
{
    /// <summary>One row of the processing-period guide; texts are Korean keys of the shared string table.</summary>
    public sealed record PeriodRow(ComplaintType Type, string Description, string Period);

    /// <summary>The legal defaults of the Act on Civil Petitions and its decree.</summary>
    public static IReadOnlyList<PeriodRow> Periods { get; } =
    [
        new(ComplaintType.Question, "법령·제도·절차 등 행정 업무에 관해 설명이나 해석을 요구하는 민원", "7일"),
        new(ComplaintType.LegalQuestion, "법령의 해석을 요구하는 질의민원", "14일"),
        new(ComplaintType.Proposal, "정책·제도·행정 운영의 개선을 요구하는 민원", "14일"),
        new(ComplaintType.Other, "간단한 상담, 설명 요구, 일상생활의 불편 사항 시정 요구", "즉시 (3근무시간 이내)"),
        new(ComplaintType.Grievance, "행정기관의 위법·부당한 처분이나 불합리한 제도로 인한 권리 침해·불편 해소 요구", "7일"),
        new(ComplaintType.Statutory, "법령에 따라 인가·허가·등록·신고 등을 신청하는 민원", "서비스별로 정한 기간"),
    ];

    public void OnGet()
    {
    }
}
