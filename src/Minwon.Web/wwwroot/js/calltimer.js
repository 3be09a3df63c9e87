// The call timer of the agent console: the server renders the elapsed time; this ticks it every second and marks
// the warning and end thresholds (the server itself ends the call at the limit).
(function () {
    const timer = document.getElementById('call-timer');
    if (!timer || timer.dataset.running !== 'true') return;
    const started = Date.parse(timer.dataset.started);
    const warn = Number(timer.dataset.warnSeconds), end = Number(timer.dataset.endSeconds);
    const pad = n => String(n).padStart(2, '0');
    function tick() {
        const s = Math.max(0, Math.floor((Date.now() - started) / 1000));
        const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
        timer.textContent = h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(Math.floor(s / 60))}:${pad(sec)}`;
        timer.dataset.state = s >= end ? 'limit' : s >= warn ? 'warn' : 'ok';
    }
    tick();
    setInterval(tick, 1000);
})();
