using Minwon.Web.Calendar;

namespace Minwon.Web.Complaints;

public static class ComplaintsSetup
{
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddScoped<DeadlineService>();
        services.AddScoped<ComplaintService>();
        services.AddScoped<QueueQuery>();
        return services;
    }
}
