/* 警知 evaluator page (/eval): the stored runs of `jingzhi eval` and their reports, after sign-in.
 * The report (self-contained HTML made by eval/report.py) is shown in a sandboxed frame without
 * scripts; it is fetched with the token, so it is never reachable without one. */
(function () {
  "use strict";

  var $ = JingzhiDom.$, el = JingzhiDom.el, show = JingzhiDom.show, clear = JingzhiDom.clear;
  var els = {};

  function fail(title, lines) {
    JingzhiDom.showError(els.error, title, lines);
  }

  function getJson(url) {
    return JingzhiAuth.fetch(url, { headers: { Accept: "application/json" } }, 60000).then(function (resp) {
      if (!resp.ok) throw new Error("HTTP " + resp.status);
      return resp.json();
    });
  }

  function showRun(name, runs) {
    var run = runs.filter(function (r) { return r.run === name; })[0];
    var agg = (run && run.aggregate) || {};
    els.summary.textContent = Object.keys(agg).slice(0, 6).map(function (k) {
      var v = agg[k];
      return k + " " + (typeof v === "number" ? v.toFixed(3) : "–");
    }).join(" · ");
    return JingzhiAuth.fetch("/v1/eval/runs/" + encodeURIComponent(name) + "/report", { headers: { Accept: "text/html" } }, 60000)
      .then(function (resp) {
        if (!resp.ok) throw new Error("HTTP " + resp.status);
        return resp.text();
      })
      .then(function (html) {
        els.report.srcdoc = html;
        els.report.setAttribute("data-run", name);
      })
      .catch(function (err) { fail("无法加载报告", [String(err && err.message ? err.message : err)]); });
  }

  function load() {
    getJson("/v1/eval/runs")
      .then(function (runs) {
        runs = Array.isArray(runs) ? runs : [];
        if (!runs.length) {
          show(els.empty, true);
          return;
        }
        clear(els.runs);
        runs.forEach(function (r) {
          var opt = el("option", null, r.run);
          opt.value = r.run;
          els.runs.appendChild(opt);
        });
        var wanted = new URLSearchParams(window.location.search).get("run");
        var first = wanted && runs.some(function (r) { return r.run === wanted; }) ? wanted : runs[0].run;
        els.runs.value = first;
        els.runs.addEventListener("change", function () { showRun(els.runs.value, runs); });
        show(els.runsBox, true);
        return showRun(first, runs);
      })
      .catch(function (err) { fail("无法加载评测运行", [String(err && err.message ? err.message : err)]); });
  }

  function init() {
    els.error = $("error");
    els.empty = $("empty");
    els.runsBox = $("runs-box");
    els.runs = $("runs");
    els.summary = $("summary");
    els.report = $("report");
    JingzhiAuth.start({ roles: ["evaluator", "admin"], onReady: load });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
