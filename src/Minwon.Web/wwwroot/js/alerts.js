// Live staff alerts: adds a banner for every alert raised while the page is open (server-sent events).
// The server already renders open alerts into #mw-alerts, so the page is complete without this file.
(function () {
  "use strict";
  var box = document.getElementById("mw-alerts");
  if (!box || !window.EventSource) return;

  function banner(a) {
    if (box.querySelector('[data-alert-id="' + a.id + '"]')) return;
    var div = document.createElement("div");
    div.className = "mw-alert-banner" + (a.isDrill ? " mw-alert-drill" : "");
    div.setAttribute("role", "alert");
    div.setAttribute("data-alert-id", String(a.id));
    div.setAttribute("data-alert-kind", a.kind);
    var title = document.createElement("p");
    title.className = "mw-alert-title";
    if (a.isDrill) {
      var badge = document.createElement("span");
      badge.className = "krds-badge bg-warning";
      badge.textContent = box.getAttribute("data-mw-drill-label");
      title.appendChild(badge);
      title.appendChild(document.createTextNode(" "));
    }
    var strong = document.createElement("strong");
    strong.textContent = a.title;
    title.appendChild(strong);
    var message = document.createElement("p");
    message.className = "mw-alert-message";
    message.textContent = a.message;
    var actions = document.createElement("div");
    actions.className = "mw-alert-actions";
    var link = document.createElement("a");
    link.className = "krds-btn small secondary";
    link.href = a.link || box.getAttribute("data-mw-alerts-url");
    link.textContent = box.getAttribute("data-mw-open-label");
    actions.appendChild(link);
    div.appendChild(title);
    div.appendChild(message);
    div.appendChild(actions);
    box.insertBefore(div, box.firstChild);
  }

  var source = new EventSource(box.getAttribute("data-mw-live"));
  source.addEventListener("alert", function (e) {
    try { banner(JSON.parse(e.data)); } catch (err) { /* a malformed event must not break the page */ }
  });
})();
