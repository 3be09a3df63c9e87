using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Emergency;
using Minwon.Web.Notifications;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Protection;

/// <summary>비상 연락망 점검: where an emergency goes beyond the staff, and test messages to see that it gets there.</summary>
public class ContactsModel(ContactChecks checks, UserManager<StaffUser> users) : PageModel
{
    public IReadOnlyList<ContactDestination> Destinations { get; private set; } = [];
    public List<ContactCheck> Recent { get; private set; } = [];
    public ILookup<long, OutboxMessage> Deliveries { get; private set; } = Enumerable.Empty<OutboxMessage>().ToLookup(m => 0L);
    /// <summary>Errors of the form (resource keys).</summary>
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Destinations = checks.Destinations();
        Recent = await checks.RecentAsync(10, ct);
        Deliveries = await checks.DeliveriesAsync(Recent.Select(c => c.Id).ToList(), ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (await checks.RunAsync(me.PublicAlias, ct) is null)
        {
            Errors.Add("시험 메시지를 보낼 외부 연락처가 없습니다.");
            await OnGetAsync(ct);
            return Page();
        }
        return RedirectToPage();
    }
}
