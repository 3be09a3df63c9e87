namespace Minwon.Core.Deadlines;

/// <summary>A day off for public offices, with its Korean and English names.</summary>
public sealed record PublicHoliday(DateOnly Date, string NameKo, string NameEn);
