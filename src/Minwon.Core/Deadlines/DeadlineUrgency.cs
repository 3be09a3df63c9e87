namespace Minwon.Core.Deadlines;

public enum DeadlineUrgency
{
    OnTrack,
    /// <summary>Less than 8 working hours (one working day) left.</summary>
    DueSoon,
    Overdue,
}
