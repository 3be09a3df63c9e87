using Microsoft.AspNetCore.Identity;
using Minwon.Web.Departments;

namespace Minwon.Web.Staff;

/// <summary>
/// A staff account. <see cref="RealName"/> stays inside the staff workspace; everything public shows
/// <see cref="PublicAlias"/> with the department and its duty phone.
/// </summary>
public class StaffUser : IdentityUser
{
    public required string RealName { get; set; }
    public required string PublicAlias { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
}

public static class Roles
{
    public const string Agent = "agent";
    public const string Officer = "officer";
    public const string Supervisor = "supervisor";
    public const string Admin = "admin";
    /// <summary>The safety team (안전관리): receives threat and emergency alerts, keeps the incident register.</summary>
    public const string Safety = "safety";
    public static readonly string[] All = [Agent, Officer, Supervisor, Admin, Safety];
}
