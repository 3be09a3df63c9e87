namespace Minwon.Core.Complaints;

/// <summary>Kinds of civil complaint under the Act on Civil Petitions; each has a default processing period.</summary>
public enum ComplaintType
{
    /// <summary>법정민원: a statutory application; the period is set per service.</summary>
    Statutory,
    /// <summary>질의민원: a question (7 days).</summary>
    Question,
    /// <summary>질의민원 on laws and regulations (14 days).</summary>
    LegalQuestion,
    /// <summary>건의민원: a proposal (14 days).</summary>
    Proposal,
    /// <summary>기타민원: simple consultation or inconvenience, handled at once (3 working hours).</summary>
    Other,
    /// <summary>고충민원: a grievance (7 days).</summary>
    Grievance,
}
