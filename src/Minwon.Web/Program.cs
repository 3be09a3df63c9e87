using Minwon.Web.Hosting;
using Minwon.Web.Alerts;
using Minwon.Web.Api;
using Minwon.Web.CallCenter;
using Minwon.Web.Complaints;
using Minwon.Web.Data;
using Minwon.Web.Emergency;
using Minwon.Web.Incidents;
using Minwon.Web.Localization;
using Minwon.Web.Notifications;
using Minwon.Web.Proactive;
using Minwon.Web.Seeding;
using Minwon.Web.Staff;

var builder = WebApplication.CreateBuilder(args);
// The `verify-incidents` command (below) prints its verdict alone, without the query log.
if (args.Contains("verify-incidents")) builder.Logging.SetMinimumLevel(LogLevel.Critical);

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
// The emergency bell (button, desk device, signed webhooks to the police liaison) and drills.
builder.Services.AddEmergency(builder.Configuration);
// Incident register (악성민원 사건): append-only, hash-chained, with evidence and police packages.
builder.Services.AddIncidents(builder.Configuration);

// Proactive administration (적극행정): recommendations, the committee, the public vote, gallery, training and plan.
builder.Services.AddProactive();
builder.Services.AddSingleton(TimeProvider.System);

// Call center: agent console, abusive-call policy, telephony webhook, wallboard.
builder.Services.AddCallCenter(builder.Configuration);

var app = builder.Build();

// `dotnet run --project src/Minwon.Web -- verify-incidents [--anchor N:mac]`: check the incident chain of the configured database and exit.
if (args.Contains("verify-incidents"))
{
    Environment.ExitCode = await IncidentsSetup.RunVerifyCommandAsync(app.Services, Console.Out, args);
    return;
}

await app.Services.InitializeDatabaseAsync(app.Configuration, app.Logger);
app.UseSecurityHeaders();
// Server time per response for bench/run.sh only: on a public site it would tell an unknown staff address from a real one.
if (app.Configuration.GetValue<bool>("Diagnostics:ServerTiming")) app.UseServerTiming();

// Language first, so error pages and API problem details (written by the error handling below) speak the caller's.
app.UseMinwonLocalization();
app.UseMinwonErrorHandling();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapRazorPages();
app.MapMinwonApi();
app.MapStaffAlerts();
app.MapEmergency();
app.MapIncidents();
app.MapProactive();
app.MapCallCenter();
app.MapCultureSwitch();

app.Run();
