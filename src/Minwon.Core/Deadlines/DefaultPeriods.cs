using Minwon.Core.Complaints;

namespace Minwon.Core.Deadlines;

/// <summary>Default processing periods per complaint type under the Act on Civil Petitions and its decree.</summary>
public static class DefaultPeriods
{
    public static ProcessingPeriod For(ComplaintType type) => type switch
    {
        ComplaintType.Question => ProcessingPeriod.OfDays(7),
        ComplaintType.LegalQuestion => ProcessingPeriod.OfDays(14),
        ComplaintType.Proposal => ProcessingPeriod.OfDays(14),
        ComplaintType.Other => ProcessingPeriod.OfWorkingHours(3),
        ComplaintType.Grievance => ProcessingPeriod.OfDays(7),
        ComplaintType.Statutory => throw new ArgumentException(
            "A statutory complaint (법정민원) has no default period: it is set per service.", nameof(type)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown complaint type."),
    };
}
