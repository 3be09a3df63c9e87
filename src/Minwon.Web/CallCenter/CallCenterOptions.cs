namespace Minwon.Web.CallCenter;

/// <summary>The abusive-call policy and the call timer (configuration section "CallCenter").</summary>
public sealed class CallCenterOptions
{
    public int WarnAfterMinutes { get; set; } = 15;
    public int EndAfterMinutes { get; set; } = 20;
    public int WarningsBeforeEnd { get; set; } = 2;

    public string WarningScriptKo { get; set; } =
        "고객님, 지금 하신 말씀은 상담원에 대한 폭언에 해당합니다. 폭언이 계속되면 관련 규정에 따라 통화가 종료될 수 있으며, 이 통화는 녹음되고 있습니다.";
    public string WarningScriptEn { get; set; } =
        "Sir or madam, what you just said is abusive towards our agent. If it continues, this call may be ended under our policy. This call is being recorded.";
    public string EndScriptKo { get; set; } =
        "폭언이 계속되어 규정에 따라 통화를 종료합니다. 민원은 서면이나 온라인으로 접수하실 수 있습니다.";
    public string EndScriptEn { get; set; } =
        "As the abuse has continued, this call is now ended under our policy. You can still file your complaint in writing or online.";

    public string WarningScript(string language) => language == "en" ? WarningScriptEn : WarningScriptKo;
    public string EndScript(string language) => language == "en" ? EndScriptEn : EndScriptKo;
}

/// <summary>Telephony webhook settings (configuration section "Telephony").</summary>
public sealed class TelephonyOptions
{
    /// <summary>Shared secret of the HMAC-SHA256 request signature; with none set, every event is refused.</summary>
    public string? WebhookSecret { get; set; }
    public int MaxClockSkewSeconds { get; set; } = 300;
}
