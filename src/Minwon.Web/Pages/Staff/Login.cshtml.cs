using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Pages.Staff;

public class LoginModel(SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty, Required(ErrorMessage = "이메일을 입력해 주세요."), Display(Name = "이메일")]
    public string? Email { get; set; }

    [BindProperty, Required(ErrorMessage = "비밀번호를 입력해 주세요."), DataType(DataType.Password), Display(Name = "비밀번호")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await signIn.UserManager.FindByEmailAsync(Email!.Trim());
        if (user is not null)
        {
            var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
                return LocalRedirect(LocalizationSetup.LocalTarget(ReturnUrl, StaffPages.HomeFor(await signIn.UserManager.GetRolesAsync(user))));
        }
        else StaffIdentity.HashForNobody(Password!);
        // One message for a wrong password, an unknown address and a locked account, and the same work for each, so the
        // page does not tell which staff addresses exist.
        ModelState.AddModelError("", L["이메일 또는 비밀번호가 올바르지 않거나, 여러 번 틀려 잠시 잠긴 계정입니다."]);
        return Page();
    }
}
