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
            if (user is null || string.IsNullOrEmpty(body.Password))
                return TypedResults.Problem(L["이메일 또는 비밀번호가 올바르지 않습니다."].Value, statusCode: 401, title: L["인증에 실패했습니다."].Value);
            var check = await signIn.CheckPasswordSignInAsync(user, body.Password, lockoutOnFailure: true);
            if (!check.Succeeded)
                return TypedResults.Problem(L[check.IsLockedOut ? "로그인 시도가 많아 잠시 잠겼습니다." : "이메일 또는 비밀번호가 올바르지 않습니다."].Value,
                    statusCode: 401, title: L["인증에 실패했습니다."].Value);
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            await signIn.SignInAsync(user, isPersistent: false);
            return TypedResults.Empty;
        }).WithTags("Auth").WithSummary("Get a bearer token for staff API calls").AllowAnonymous();
    }
}
