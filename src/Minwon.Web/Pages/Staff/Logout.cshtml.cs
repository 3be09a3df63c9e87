using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff;

/// <summary>
/// Signing out is a POST (with the antiforgery token), so a link or an image cannot sign someone out. It also renews the
/// security stamp, which ends every other session of the account at its next check (a copied cookie included).
/// </summary>
public class LogoutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/staff/login");
    }
}
