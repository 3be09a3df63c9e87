using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff;

/// <summary>Signing out is a POST (with the antiforgery token), so a link or an image cannot sign someone out.</summary>
public class LogoutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/staff/login");
    }
}
