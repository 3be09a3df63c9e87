using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Minwon.Web.Localization;
using Minwon.Web.Staff;

namespace Minwon.Web.Api;

public sealed record TokenRequest(string? Email, string? Password);

public static class AuthApi
{
    public static void MapAuthApi(this RouteGroupBuilder api)
    {
        // Issues a bearer token for staff clients; the bearer handler writes {tokenType, accessToken, expiresIn, refreshToken}.
        api.MapPost("/auth/token", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (
            TokenRequest body, SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> L) =>
        {
            var user = string.IsNullOrWhiteSpace(body.Email) ? null : await signIn.UserManager.FindByEmailAsync(body.Email);
            // One answer, and the same work, for an unknown address, a wrong password and a locked account (see the login page).
            var failed = TypedResults.Problem(L["이메일 또는 비밀번호가 올바르지 않거나, 여러 번 틀려 잠시 잠긴 계정입니다."].Value, statusCode: 401, title: L["인증에 실패했습니다."].Value);
            if (string.IsNullOrEmpty(body.Password)) return failed;
            if (user is null)
            {
                StaffIdentity.HashForNobody(body.Password);
                return failed;
            }
            var check = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
            if (!check.Succeeded) return failed;
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            await signIn.SignInAsync(user, isPersistent: false);
            return TypedResults.Empty;
        }).WithTags("Auth").WithSummary("Get a bearer token for staff API calls").AllowAnonymous();
    }
}
