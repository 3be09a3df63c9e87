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

  // <input type="file" data-mw-upload="파일 선택" data-mw-upload-none="…" data-mw-upload-remove="삭제">: the browser's
  // own picker button and "no file chosen" speak the browser's language, not the page's. The input stays (visually
  // hidden, still focusable and labelled); a second label styled as a button opens it, and the chosen files are listed
  // with their sizes, each with a remove button where the browser lets a script change the selection.
  document.querySelectorAll("input[type=file][data-mw-upload]").forEach(function (input) {
    var wrap = document.createElement("div");
    wrap.className = "mw-upload is-enhanced";
    input.parentNode.insertBefore(wrap, input);
    var button = document.createElement("label");
    button.htmlFor = input.id;
    button.className = "krds-btn secondary medium mw-upload-button";
    button.textContent = input.getAttribute("data-mw-upload");
    var list = document.createElement("ul");
    list.className = "mw-upload-list";
    list.id = input.id + "-files";
    list.setAttribute("aria-live", "polite");
    wrap.append(input, button, list);
    input.classList.add("sr-only");
    input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + list.id).trim());
    var editable = typeof DataTransfer === "function";

    var size = function (bytes) {
      return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024)) + " KB" : (bytes / 1024 / 1024).toFixed(1) + " MB";
    };
    var render = function () {
      list.textContent = "";
      var files = Array.prototype.slice.call(input.files || []);
      if (files.length === 0) {
        var none = document.createElement("li");
        none.className = "mw-upload-none";
        none.textContent = input.getAttribute("data-mw-upload-none");
        list.append(none);
      }
      files.forEach(function (file, index) {
        var item = document.createElement("li");
        item.append(file.name + " (" + size(file.size) + ")");
        if (editable) {
          var remove = document.createElement("button");
          remove.type = "button";
          remove.className = "krds-btn text small";
          remove.textContent = input.getAttribute("data-mw-upload-remove");
          remove.setAttribute("aria-label", remove.textContent + ": " + file.name);
          remove.addEventListener("click", function () {
            var kept = new DataTransfer();
            files.forEach(function (f, i) { if (i !== index) { kept.items.add(f); } });
            input.files = kept.files;
            render();
            input.focus();
          });
          item.append(" ", remove);
        }
        list.append(item);
      });
    };
    input.addEventListener("change", render);
    render();
  });
})();
