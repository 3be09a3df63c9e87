namespace Minwon.Web.Emergency;

/// <summary>Who an emergency reaches beyond the staff (configuration section "Emergency").</summary>
public sealed class EmergencyOptions
{
    /// <summary>The police liaison's mailbox; real alerts only, never drills.</summary>
    public string? PoliceLiaisonEmail { get; set; }
    /// <summary>Optional mailbox that receives drill alerts (marked [모의훈련]) in place of the police liaison.</summary>
    public string? DrillContactEmail { get; set; }
    /// <summary>Signed webhooks (e.g. the police liaison's dispatch system); real alerts only.</summary>
    public List<WebhookEndpoint> Webhooks { get; set; } = [];

    /// <summary>The webhooks that have an address (a configuration entry may be left half filled).</summary>
    public IEnumerable<WebhookEndpoint> ActiveWebhooks => Webhooks.Where(w => !string.IsNullOrWhiteSpace(w.Url));
}

public sealed class WebhookEndpoint
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    /// <summary>Shared secret for the X-Minwon-Signature HMAC.</summary>
    public string Secret { get; set; } = "";
}
