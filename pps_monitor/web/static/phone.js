/* PPS Monitor phone pages: one screen at a time, answers kept on the phone until sent.
   Without this script the page is one long form that works as plain HTML. */
(function () {
  "use strict";
  var body = document.body;
  var room = body.getAttribute("data-room");
  if (!room) { return; }
  var key = "pps-phone:" + room;

  function load() {
    try { return JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }
  function store(draft) {
    try { window.localStorage.setItem(key, JSON.stringify(draft)); } catch (e) { /* private mode */ }
  }

  if (body.getAttribute("data-sent") === "1") {
    // Stored in the database: the copy on the phone is no longer needed.
    try { window.localStorage.removeItem(key); } catch (e) { /* ignore */ }
    var title = document.getElementById("sent-title");
    if (title) { title.focus(); }
    return;
  }

  var form = document.getElementById("questionnaire");
  if (!form) { return; }
  var screens = Array.prototype.slice.call(form.querySelectorAll(".screen"));
  var items = Array.prototype.slice.call(form.querySelectorAll("fieldset.item"));
  var bar = document.getElementById("bar");
  var step = document.getElementById("step");
  var current = 0;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : m;
    });
  }

  function fields() {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === "csrf" || el.name === "lang") { return; }
      if (el.type === "radio") { if (el.checked) { out[el.name] = el.value; } }
      else if (el.type === "checkbox") { out[el.name] = el.checked ? el.value : ""; }
      else if (el.tagName === "TEXTAREA") { out[el.name] = el.value; }
    });
    return out;
  }

  function save() { store({ fields: fields(), screen: current }); }

  function restore(draft) {
    if (!draft || !draft.fields) { return; }
    Object.keys(draft.fields).forEach(function (name) {
      var value = draft.fields[name];
      var els = form.elements.namedItem(name);
      if (!els) { return; }
      var list = els.length !== undefined && !els.tagName ? Array.prototype.slice.call(els) : [els];
      list.forEach(function (el) {
        if (el.type === "radio") { el.checked = el.value === value; }
        else if (el.type === "checkbox") { el.checked = el.value === value; }
        else if (el.tagName === "TEXTAREA") { el.value = value; }
      });
    });
  }

  function answered(item) {
    return item.querySelector("input:checked") !== null;
  }

  function renderReview() {
    var missing = items.filter(function (item) { return !answered(item); });
    var total = items.length;
    var summary = document.getElementById("summary");
    summary.textContent = missing.length === 0 ? body.getAttribute("data-t-all")
      : fill(body.getAttribute("data-t-answered"), { n: total - missing.length, total: total });
    var list = document.getElementById("missing");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    missing.forEach(function (item) {
      var li = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "jump";
      var num = item.querySelector(".num").textContent;
      button.textContent = num + " " + item.querySelector(".statement").textContent;
      button.addEventListener("click", function () { jumpTo(item); });
      li.appendChild(button);
      list.appendChild(li);
    });
    document.getElementById("open").hidden = missing.length === 0;
    var confirm = document.getElementById("confirm");
    document.getElementById("confirm-label").hidden = missing.length === 0;
    confirm.required = missing.length > 0;
    if (missing.length === 0) { confirm.checked = false; }
  }

  function show(index, focusTarget, initial) {
    current = Math.max(0, Math.min(screens.length - 1, index));
    screens.forEach(function (screen, i) { screen.hidden = i !== current; });
    bar.value = current;
    bar.max = screens.length - 1;
    step.textContent = fill(body.getAttribute("data-t-step"), { n: current + 1, total: screens.length });
    if (screens[current].id === "s-review") { renderReview(); }
    save();
    if (initial) { return; }
    window.scrollTo(0, 0);
    var target = focusTarget || screens[current].querySelector("h1, h2");
    if (target) { target.focus(); }
    if (focusTarget) { focusTarget.scrollIntoView({ block: "center" }); }
  }

  function jumpTo(item) {
    var screen = item.closest(".screen");
    var target = item.querySelector("input:checked") || item.querySelector("input");
    show(screens.indexOf(screen), target);
  }

  // Turn the long form into screens.
  Array.prototype.forEach.call(document.querySelectorAll(".js-only"), function (el) { el.hidden = false; });
  Array.prototype.forEach.call(document.querySelectorAll(".nojs"), function (el) { el.hidden = true; });
  document.getElementById("progress").hidden = false;

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-go]");
    if (!button) { return; }
    show(current + (button.getAttribute("data-go") === "next" ? 1 : -1));
  });
  form.addEventListener("change", save);
  form.addEventListener("input", save);
  form.addEventListener("submit", function () {
    var send = form.querySelector("button.send");
    window.setTimeout(function () { send.disabled = true; }, 0);
  });
  window.addEventListener("pageshow", function () {
    form.querySelector("button.send").disabled = false;
  });
  document.addEventListener("visibilitychange", save);

  var draft = load();
  restore(draft);
  var start = draft && typeof draft.screen === "number" ? draft.screen : 0;
  show(start, null, true);
})();
