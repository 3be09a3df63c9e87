using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minwon.Web.Staff;

/// <summary>Who may open which staff page: the whole /Staff folder needs a signed-in officer, except sign-in and "denied".</summary>
public static class StaffPages
{
    /// <summary>Officers, supervisors and administrators work complaints; agents file them through the call center.</summary>
    public const string WorkspacePolicy = "staff-workspace";
    public const string SupervisorPolicy = "staff-supervisor";

    public static IServiceCollection AddStaffPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(WorkspacePolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Officer, Roles.Supervisor, Roles.Admin))
            .AddPolicy(SupervisorPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Supervisor, Roles.Admin));

        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", WorkspacePolicy);
            o.Conventions.AuthorizePage("/Staff/Overview", SupervisorPolicy);
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
            o.Conventions.AllowAnonymousToPage("/Staff/Denied");
            o.Conventions.AllowAnonymousToPage("/Staff/Logout");
        });
        return services;
    }

    /// <summary>Supervisors and administrators see and act on every department; officers only on their own.</summary>
    public static bool IsSupervisor(this System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);
}
