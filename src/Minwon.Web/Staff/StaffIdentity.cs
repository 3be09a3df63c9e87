using Microsoft.AspNetCore.Identity;
using Minwon.Web.Data;

namespace Minwon.Web.Staff;

public static class StaffIdentity
{
    /// <summary>The policy for API endpoints: a bearer token issued by POST /api/v1/auth/token.</summary>
    public const string ApiPolicy = "staff-api";

    // PasswordHasher ignores the user object; one placeholder stands in for it.
    static readonly PasswordHasher<object> Hasher = new();
    static readonly object Nobody = new();
    static readonly string NobodysHash = Hasher.HashPassword(Nobody, "no account has this password");

    /// <summary>Checks a password against a hash no account has: a sign-in for an unknown address takes as long as one for a real account.</summary>
    public static void HashForNobody(string password) => Hasher.VerifyHashedPassword(Nobody, NobodysHash, password);

    public static IServiceCollection AddStaffIdentity(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();

        // Signing out changes the security stamp (Pages/Staff/Logout); every session of the account is checked against
        // it this often (Staff:SessionCheckSeconds, default a minute), so a copied cookie dies with the sign-out.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((o, config) =>
            o.ValidationInterval = TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Staff:SessionCheckSeconds", 60))));
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/staff/login";
            o.LogoutPath = "/staff/logout";
            o.AccessDeniedPath = "/staff/denied";
            o.Cookie.Name = "minwon.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(9);
        });

        // The same roles as the workspace pages (StaffPages.WorkspacePolicy): call-center agents take complaints in,
        // they do not answer, transfer or read them whole.
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser()
                .RequireRole(Roles.Officer, Roles.Supervisor, Roles.Admin));
        return services;
    }
}
