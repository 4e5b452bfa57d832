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

  /* The feedback queue: question, answer, citations, comment; promote with gold articles. */
  function loadFeedback() {
    return getJson("/v1/feedback?status=new&limit=100")
      .then(function (data) {
        var items = (data && data.items) || [];
        clear(els.fbList);
        show(els.fbEmpty, items.length === 0);
        items.forEach(function (it) { els.fbList.appendChild(feedbackItem(it)); });
      })
      .catch(function (err) { fail("无法加载反馈", [String(err && err.message ? err.message : err)]); });
  }

  function feedbackItem(it) {
    var li = el("li", "fb-item");
    li.setAttribute("data-feedback-id", String(it.id));
    li.appendChild(el("p", "fb-q", (it.vote === "down" ? "👎 " : "👍 ") + it.question));
    li.appendChild(el("p", "fb-a", "回答：" + (it.answer || "（无）")));
    var cites = (it.citations || []).map(function (c) { return "[" + c.n + "] " + (c.label || c.article_id); }).join("；");
    if (cites) li.appendChild(el("p", "fb-cites", "引用：" + cites));
    if (it.comment) li.appendChild(el("p", "fb-c", "说明：" + it.comment));
    var gold = el("textarea", "fb-gold");
    gold.setAttribute("aria-label", "正确依据条文");
    gold.value = (it.citations || []).map(function (c) { return c.article_id; }).filter(Boolean).join("\n");
    li.appendChild(gold);
    var actions = el("div", "fb-actions");
    var set = el("input");
    set.value = "field_feedback";
    set.setAttribute("aria-label", "黄金集名称");
    var promote = el("button", "fb-promote", "提升为黄金集问题");
    var dismiss = el("button", "fb-dismiss", "忽略");
    promote.type = dismiss.type = "button";
    var status = el("span", "fb-status");
    status.setAttribute("role", "status");
    function post(url, body) {
      promote.disabled = dismiss.disabled = true;
      return JingzhiAuth.fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body || {})
      }, 30000).then(function (resp) {
        return resp.json().then(function (data) {
          if (!resp.ok) {
            var d = data && data.detail;
            throw new Error((d && d.error) || JingzhiDom.stringify(d) || "HTTP " + resp.status);
          }
          return data;
        });
      }).catch(function (err) {
        promote.disabled = dismiss.disabled = false;
        status.textContent = String(err && err.message ? err.message : err);
        throw err;
      });
    }
    promote.addEventListener("click", function () {
      var articles = gold.value.split(/\n+/).map(function (s) { return s.trim(); }).filter(Boolean);
      post("/v1/feedback/" + it.id + "/promote", { gold_articles: articles, golden_set: set.value.trim() })
        .then(function () { status.textContent = "已提升"; li.setAttribute("data-status", "promoted"); })
        .catch(function () {});
    });
    dismiss.addEventListener("click", function () {
      post("/v1/feedback/" + it.id + "/dismiss")
        .then(function () { status.textContent = "已忽略"; li.setAttribute("data-status", "dismissed"); })
        .catch(function () {});
    });
    actions.appendChild(set);
    actions.appendChild(promote);
    actions.appendChild(dismiss);
    actions.appendChild(status);
    li.appendChild(actions);
    return li;
  }

  function init() {
    els.error = $("error");
    els.empty = $("empty");
    els.runsBox = $("runs-box");
    els.runs = $("runs");
    els.summary = $("summary");
    els.report = $("report");
    els.fbList = $("feedback-list");
    els.fbEmpty = $("feedback-empty");
    JingzhiAuth.start({ roles: ["evaluator", "admin"], onReady: function () { loadFeedback(); load(); } });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
