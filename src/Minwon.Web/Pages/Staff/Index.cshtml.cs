using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff;

/// <summary>/staff: open to everyone, it sends a signed-in staff member to the home of their role and others to sign in.</summary>
public class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        LocalRedirect(User.Identity?.IsAuthenticated == true ? StaffPages.HomeFor(User) : "/staff/login");
}
