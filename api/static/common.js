/* 警知: small DOM and error helpers shared by the officer page and the trainer page.
 * Plain JS, no dependencies. Text goes into the DOM with textContent only, never innerHTML.
 */
(function (global) {
  "use strict";

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null && text !== "") node.textContent = String(text);
    return node;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function stringify(value) {
    if (value === null || value === undefined) return "";
    if (typeof value === "string") return value;
    try {
      return JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }

  /* The lines of an API error's details: ours ({field, message}) and FastAPI's ({loc, msg}). */
  function detailLines(details) {
    if (details === null || details === undefined || details === "") return [];
    if (!Array.isArray(details)) {
      if (typeof details === "object" && (details.message || details.msg)) details = [details];
      else return [stringify(details)];
    }
    return details.map(function (d) {
      if (d === null || typeof d !== "object") return stringify(d);
      var field = d.field;
      if (field === undefined && Array.isArray(d.loc)) {
        field = d.loc.filter(function (p) { return p !== "body"; }).join(".");
      }
      var msg = d.message || d.msg || stringify(d);
      return field ? field + "：" + msg : msg;
    });
  }

  function showError(box, title, lines) {
    clear(box);
    box.appendChild(el("strong", "error-title", title));
    (lines || []).forEach(function (line) {
      if (line) box.appendChild(el("p", "error-line", line));
    });
    show(box, true);
    if (box.scrollIntoView) box.scrollIntoView({ block: "nearest", behavior: "auto" });
  }

  function hideError(box) {
    clear(box);
    show(box, false);
  }

  global.JingzhiDom = {
    $: $,
    el: el,
    show: show,
    clear: clear,
    stringify: stringify,
    detailLines: detailLines,
    showError: showError,
    hideError: hideError
  };
})(window);
