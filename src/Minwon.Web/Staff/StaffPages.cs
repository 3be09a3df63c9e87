using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Minwon.Web.Staff;

/// <summary>Who may open which staff page: the whole /Staff folder needs a signed-in officer, except sign-in and "denied".</summary>
public static class StaffPages
{
    /// <summary>Officers, supervisors and administrators work complaints; agents file them through the call center.</summary>
    public const string WorkspacePolicy = "staff-workspace";
    public const string SupervisorPolicy = "staff-supervisor";
    /// <summary>Any signed-in staff member, agents and the safety team included (alerts, the emergency button).</summary>
    public const string AnyStaffPolicy = "staff-any";
    /// <summary>Staff protection records: supervisors, administrators and the safety team.</summary>
    public const string ProtectionPolicy = "staff-protection";
    /// <summary>The call center's console, desk and wallboard: agents, supervisors and administrators.</summary>
    public const string CallCenterPolicy = "staff-callcenter";

    public static IServiceCollection AddStaffPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(WorkspacePolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Officer, Roles.Supervisor, Roles.Admin))
            .AddPolicy(SupervisorPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Supervisor, Roles.Admin))
            .AddPolicy(AnyStaffPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(ProtectionPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Supervisor, Roles.Admin, Roles.Safety))
            .AddPolicy(CallCenterPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Agent, Roles.Supervisor, Roles.Admin));

        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", WorkspacePolicy);
            o.Conventions.AuthorizePage("/Staff/Overview", SupervisorPolicy);
            // Folder conventions add up, so pages open to more roles than the workspace live outside /Staff.
            o.Conventions.AuthorizeFolder("/Protection", ProtectionPolicy);
            o.Conventions.AuthorizeFolder("/Alerts", AnyStaffPolicy);
            // Recording an incident (악성민원 사건) is open to every role; listing and reading them is /Protection.
            o.Conventions.AuthorizeFolder("/Incidents", AnyStaffPolicy);
            o.Conventions.AuthorizeFolder("/CallCenter", CallCenterPolicy);
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
            o.Conventions.AllowAnonymousToPage("/Staff/Denied");
            o.Conventions.AllowAnonymousToPage("/Staff/Logout");
            // /staff only sends each role to its own home, so it must not require the workspace role itself.
            o.Conventions.AllowAnonymousToPage("/Staff/Index");
        });
        return services;
    }

    /// <summary>Where a staff member lands after signing in: the queue for those who work complaints, the alerts otherwise.</summary>
    public static string HomeFor(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet();
        if (set.Overlaps([Roles.Officer, Roles.Supervisor, Roles.Admin])) return "/staff/queue";
        return set.Contains(Roles.Agent) ? "/staff/callcenter" : "/staff/alerts";
    }

    /// <summary>The signed-in user's home (see <see cref="HomeFor(IEnumerable{string})"/>).</summary>
    public static string HomeFor(System.Security.Claims.ClaimsPrincipal user) =>
        HomeFor(Roles.All.Where(user.IsInRole));

    /// <summary>Whether the user may open /staff/complaints/{id} (the workspace roles); others see receipt numbers as plain text.</summary>
    public static bool CanOpenComplaints(this System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Officer) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    /// <summary>Supervisors and administrators see and act on every department; officers only on their own.</summary>
    public static bool IsSupervisor(this System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);
}
