namespace Minwon.Web.Calendar;

/// <summary>A temporary or election holiday (임시공휴일) added by an administrator.</summary>
public class AdminHoliday
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}
