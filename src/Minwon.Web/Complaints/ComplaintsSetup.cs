using Minwon.Web.Calendar;

namespace Minwon.Web.Complaints;

public static class ComplaintsSetup
{
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddScoped<DeadlineService>();
        services.AddScoped<ComplaintService>();
        services.AddSingleton<ReceiptLockout>();
        services.AddScoped<MyComplaintsAccess>();
        services.AddScoped<QueueQuery>();
        services.AddScoped<Groups.ComplaintGroups>();
        services.AddScoped<Minwon.Web.Protection.ProtectiveReading>();
        services.AddScoped<Minwon.Web.Protection.RepeatClosures>();
        services.AddScoped<Minwon.Web.Protection.ComplainantHistory>();
        services.AddScoped<Minwon.Web.Staff.StaffAliases>();
        return services;
    }
}
