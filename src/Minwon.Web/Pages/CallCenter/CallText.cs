using Minwon.Web.CallCenter;

namespace Minwon.Web.Pages.CallCenter;

/// <summary>Labels (keys of the shared resources) of the call center pages.</summary>
public static class CallText
{
    public static string EndReason(CallEndReason? r) => r switch
    {
        CallEndReason.Completed => "상담 완료",
        CallEndReason.CallerHungUp => "발신자 종료",
        CallEndReason.AbusePolicy => "폭언으로 규정에 따라 종료",
        CallEndReason.TimeLimit => "통화 시간 제한으로 종료",
        _ => "통화 중",
    };

    public static string Outcome(CallOutcome o) => o switch
    {
        CallOutcome.Answered => "바로 답변(기타민원)",
        CallOutcome.Filed => "민원 대리 접수",
        CallOutcome.Transferred => "부서 연결",
        _ => "없음",
    };

    /// <summary>"12:05" minutes and seconds (hours added past an hour).</summary>
    public static string Elapsed(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{(int)t.TotalMinutes:00}:{t.Seconds:00}";
}
