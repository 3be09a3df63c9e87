namespace Minwon.Web.Hosting;

/// <summary>
/// A background job that runs at start and then once a minute on every instance; the work itself must be safe to run
/// on several instances at once (claim rows with a conditional update). A failed pass is logged and tried again.
/// </summary>
public abstract class EveryMinute(TimeProvider clock, ILogger log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected TimeProvider Clock { get; } = clock;

    /// <summary>One pass; returns how many items it handled.</summary>
    protected abstract Task<int> RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try { await RunOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "{Job} failed; trying again in a minute", GetType().Name); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
