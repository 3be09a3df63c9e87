using Minwon.Web.Alerts;
using Minwon.Web.Api;
using Minwon.Web.CallCenter;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Localization;
using Minwon.Web.Notifications;
using Minwon.Web.Seeding;
using Minwon.Web.Staff;

var builder = WebApplication.CreateBuilder(args);

// Data: SQLite by default, PostgreSQL when Database:Provider=Postgres.
builder.Services.AddMinwonDatabase(builder.Configuration, builder.Environment);

// Staff sign-in: cookies for the workspace, bearer tokens for the API.
builder.Services.AddStaffIdentity();

// Korean first, English from resource files; culture chosen by cookie, query (?culture=en) or Accept-Language.
builder.Services.AddMinwonLocalization();
builder.Services.AddRazorPages();
builder.Services.AddStaffPages();

// JSON API: problem details for every error, OpenAPI document at /openapi/v1.json.
builder.Services.AddMinwonApi();

// Complaint lifecycle, legal deadlines and notifications (outbox + SMTP/SMS delivery).
builder.Services.AddComplaints();
builder.Services.AddVerificationRateLimit(builder.Configuration);
builder.Services.AddNotifications(builder.Configuration);

// Staff protection: alerts raised live in every open staff page.
builder.Services.AddStaffAlerts();
builder.Services.AddSingleton(TimeProvider.System);

// Call center: agent console, abusive-call policy, telephony webhook, wallboard.
builder.Services.AddCallCenter(builder.Configuration);

var app = builder.Build();

await app.Services.InitializeDatabaseAsync(app.Configuration, app.Logger);
app.UseServerTiming();

app.UseMinwonErrorHandling();
app.UseStaticFiles();
app.UseMinwonLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapRazorPages();
app.MapMinwonApi();
app.MapStaffAlerts();
app.MapCallCenter();
app.MapCultureSwitch();

app.Run();
