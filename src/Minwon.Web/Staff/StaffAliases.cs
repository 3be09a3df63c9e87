using Microsoft.EntityFrameworkCore;
using Minwon.Web.Complaints;
using Minwon.Web.Data;

namespace Minwon.Web.Staff;

/// <summary>
/// Public aliases, managed by administrators. An alias is what citizens see instead of a name, so it must be unique
/// and must not give the name away. History keeps the alias of the moment; open complaints show the new one.
/// </summary>
public sealed class StaffAliases(AppDbContext db)
{
    public const int MinLength = 2, MaxLength = 30;

    public async Task<Outcome> ChangeAsync(string userId, string? alias, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return Outcome.NotFound();
        alias = alias?.Trim();
        if (string.IsNullOrEmpty(alias) || alias.Length < MinLength || alias.Length > MaxLength)
            return Outcome.Invalid("Alias", "별칭은 2자 이상 30자 이하로 입력해 주세요.");
        if (!alias.All(ch => char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '_'))
            return Outcome.Invalid("Alias", "별칭에는 글자, 숫자, 빈칸, -, _만 쓸 수 있습니다.");
        if (RevealsName(alias, user.RealName))
            return Outcome.Invalid("Alias", "별칭에 실명이 드러나면 안 됩니다.");
        if (await db.Users.AnyAsync(u => u.PublicAlias == alias && u.Id != userId, ct))
            return Outcome.Invalid("Alias", "이미 다른 직원이 쓰는 별칭입니다.");
        user.PublicAlias = alias;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>
    /// The whole name, or the given name (a Korean name without its one-syllable surname), inside the alias, read with
    /// everything but letters left out (강-서-윤 and 강_서_윤 are 강서윤).
    /// </summary>
    public static bool RevealsName(string alias, string realName)
    {
        var name = LettersOf(realName);
        if (name.Length == 0) return false;
        var compact = LettersOf(alias);
        if (compact.Contains(name, StringComparison.OrdinalIgnoreCase)) return true;
        var given = name.Length >= 3 ? name[1..] : null;
        return given is not null && compact.Contains(given, StringComparison.OrdinalIgnoreCase);
    }

    static string LettersOf(string text) => new(text.Where(char.IsLetter).ToArray());
}
