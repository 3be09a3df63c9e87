// Keeps the wallboard current: the server sends a "stats" event whenever today's figures change.
(function () {
    const board = document.getElementById('wallboard');
    if (!board || !window.EventSource) return;
    const live = document.getElementById('wallboard-live');
    const chart = document.getElementById('calls-by-hour');
    const pad = n => String(n).padStart(2, '0');
    const duration = s => `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
    const source = new EventSource(board.dataset.liveUrl);
    source.addEventListener('ready', () => { live.dataset.state = 'live'; live.textContent = live.dataset.liveText; });
    source.addEventListener('stats', e => {
        const stats = JSON.parse(e.data);
        board.querySelectorAll('[data-stat]').forEach(el => {
            const v = stats[el.dataset.stat];
            el.textContent = el.dataset.format === 'duration' ? duration(v) : v;
        });
        const height = Number(chart.dataset.height);
        const max = Math.max(1, ...stats.callsByHour);
        chart.querySelectorAll('rect').forEach(r => {
            const count = stats.callsByHour[Number(r.dataset.hour)];
            const h = Math.round(count * height / max);
            r.setAttribute('y', height - h);
            r.setAttribute('height', h);
            r.dataset.count = count;
            r.querySelector('title').textContent = `${pad(r.dataset.hour)}:00 ${count}`;
        });
        board.dataset.updated = String(Date.now());
    });
    source.onerror = () => { live.dataset.state = 'reconnecting'; };
})();
