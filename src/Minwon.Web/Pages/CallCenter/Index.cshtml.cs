using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minwon.Web.CallCenter;
using Minwon.Web.Localization;
using Minwon.Web.Protection;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.CallCenter;

/// <summary>The agent console's front page: calls waiting and in progress, a call started by hand, lookup by number.</summary>
public class IndexModel(CallCenterService calls, ComplainantHistory history, UserManager<StaffUser> users, IStringLocalizer<SharedResource> L) : PageModel
{
    public List<CallRecord> Active { get; private set; } = [];
    public List<CallRecord> Ended { get; private set; } = [];
    public CallerLookup? Lookup { get; private set; }
    public List<string> Errors { get; } = [];

    [BindProperty(SupportsGet = true)] public string? Phone { get; set; }
    [BindProperty] public string? CallerNumber { get; set; }
    [BindProperty] public string? RecordingRef { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Phone))
        {
            if (CallCenterService.TryCallerNumber(Phone, out var number))
                Lookup = await CallerLookup.LoadAsync(ComplainantKey.From(number, null), 0, history, calls, ct);
            else
                Errors.Add(L["발신 번호 형식이 올바르지 않습니다. 예: 010-1234-5678"]);
        }
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        var (outcome, call) = await calls.StartAsync(CallerNumber, RecordingRef, null, null, me, ct);
        if (outcome.Succeeded) return Redirect($"/staff/callcenter/calls/{call!.Id}");
        Errors.AddRange(outcome.Errors.Values.Select(e => L[e].Value));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        Active = await calls.ActiveAsync(ct);
        Ended = await calls.RecentEndedAsync(20, ct);
    }
}
