using Microsoft.AspNetCore.Mvc.RazorPages;
using Minwon.Web.Data;
using Minwon.Web.Proactive;

namespace Minwon.Web.Pages.Proactive;

public sealed class GalleryModel(AppDbContext db) : PageModel
{
    public List<Recommendation> Cases { get; private set; } = [];
    public async Task OnGetAsync(CancellationToken ct) => Cases = await GalleryQuery.PublishedAsync(db, ct);
}
