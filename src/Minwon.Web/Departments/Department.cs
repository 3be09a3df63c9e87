namespace Minwon.Web.Departments;

public class Department
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    /// <summary>The public duty line: citizens call this, never a person's own number.</summary>
    public required string DutyPhone { get; set; }
    public List<Category> Categories { get; set; } = [];
}

public class Category
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
}

/// <summary>A statutory service (법정민원) with its own processing period.</summary>
public class StatutoryService
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public int ProcessingDays { get; set; }
}
