// Small progressive enhancement. Every page works without this file.
(function () {
  "use strict";

  // After a failed post, move focus to the error summary so keyboard and screen-reader users land on it.
  var summary = document.querySelector("[data-mw-error-summary]");
  if (summary) {
    summary.focus();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    // <form data-mw-confirm="정말 종결하시겠습니까?">: ask before a destructive action.
    var question = form.getAttribute("data-mw-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    // One submission per click: disable the submit buttons of a form that is on its way (no double complaints).
    window.setTimeout(function () {
      form.querySelectorAll("button[type=submit], input[type=submit]").forEach(function (b) {
        b.disabled = true;
        b.setAttribute("aria-disabled", "true");
      });
    }, 0);
  });

  // Coming back with the browser's back button restores the page from cache: make its buttons usable again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.querySelectorAll("button[aria-disabled=true], input[aria-disabled=true]").forEach(function (b) {
        b.disabled = false;
        b.removeAttribute("aria-disabled");
      });
    }
  });

  // Character counters: <textarea maxlength="4000" data-mw-count="body-count"> + <span id="body-count"></span>.
  document.querySelectorAll("[data-mw-count][maxlength]").forEach(function (field) {
    var output = document.getElementById(field.getAttribute("data-mw-count"));
    if (!output) {
      return;
    }
    var max = field.getAttribute("maxlength");
    var update = function () {
      output.textContent = field.value.length + " / " + max;
    };
    field.addEventListener("input", update);
    update();
  });
})();
