namespace Minwon.Core.Complaints;

public enum ComplaintStatus
{
    /// <summary>접수: waiting in a department queue for an officer.</summary>
    Received,
    /// <summary>처리중: an officer has it.</summary>
    Assigned,
    /// <summary>답변완료: the answer was sent to the citizen.</summary>
    Answered,
    /// <summary>종결: closed; no further action.</summary>
    Closed,
}
