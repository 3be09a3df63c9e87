using Minwon.Web.Complaints;

namespace Minwon.Web.Seeding;

/// <summary>The demo is seeded through the services' own rules; a refusal means the demo and the rules disagree, so say so at start.</summary>
public static class DemoSteps
{
    public static void Must(Outcome outcome, string what)
    {
        if (!outcome.Succeeded) throw new InvalidOperationException($"Demo {what} refused: " + string.Join("; ", outcome.Errors.Values));
    }
}
