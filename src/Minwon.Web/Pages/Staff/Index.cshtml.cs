using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minwon.Web.Pages.Staff;

public class IndexModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/staff/queue");
}
