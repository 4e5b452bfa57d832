/* 警知 trainer page: drills. Make a drill from the scenario in the form, and read the drill report
   per district and scenario type (weakest steps and most frequent violations, each with a link to
   the lesson that covers it) as a chart and a table, or download it as CSV. */
(function () {
  "use strict";

  var els = {};
  var SVG = "http://www.w3.org/2000/svg";

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  function svg(tag, attrs, text) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) n.textContent = String(text);
    return n;
  }

  function fail(err) {
    els.error.textContent = err && err.message ? err.message : String(err);
    els.error.hidden = false;
  }

  function reportUrl(format) {
    var q = ["format=" + format];
    if (els.district.value) q.push("district=" + encodeURIComponent(els.district.value));
    return "/v1/drills/report?" + q.join("&");
  }

  function chart(group) {
    // Horizontal bars: mean credit of the weakest steps (0-100%).
    var steps = group.weakest_steps || [];
    var rowH = 28, labelW = 260, barW = 320, h = Math.max(1, steps.length) * rowH + 8;
    var root = svg("svg", { viewBox: "0 0 " + (labelW + barW + 60) + " " + h, role: "img", class: "t-drill-chart",
      "aria-label": "最薄弱步骤的平均得分" });
    steps.forEach(function (s, i) {
      var y = i * rowH + 4;
      var w = Math.max(2, Math.round(barW * s.mean_credit));
      root.appendChild(svg("text", { x: labelW - 6, y: y + 17, "text-anchor": "end", "font-size": 13 }, s.title));
      var bar = svg("rect", { x: labelW, y: y + 4, width: w, height: rowH - 10, rx: 3, fill: "#0b3d91",
        class: "t-drill-bar", "data-credit": s.mean_credit });
      root.appendChild(bar);
      root.appendChild(svg("text", { x: labelW + w + 6, y: y + 17, "font-size": 13 }, Math.round(s.mean_credit * 100) + "%"));
    });
    return root;
  }

  function render(groups) {
    els.report.textContent = "";
    if (!groups.length) {
      els.report.appendChild(el("p", "t-muted", "还没有演练记录。"));
      return;
    }
    groups.forEach(function (g) {
      var card = el("section", "t-drill-group");
      card.setAttribute("data-case-type", g.case_type);
      card.appendChild(el("h3", "t-sub-title", (g.district || "未指定辖区") + " · " + (g.case_type || "未分类") +
        " · " + g.attempts + " 次 · 平均 " + Math.round(g.mean_score * 100) + " 分"));
      card.appendChild(chart(g));
      if (g.frequent_violations.length) {
        var ul = el("ul", "t-drill-violations");
        g.frequent_violations.forEach(function (v) {
          ul.appendChild(el("li", "t-drill-violation",
            v.text + " × " + v.count + "（" + (v.citation.law || v.citation.source) + v.citation.article + "）"));
        });
        card.appendChild(ul);
      }
      if (g.lesson) {
        var params = g.lesson.split("?")[1] || "";
        var a = el("a", "t-drill-lesson", "对应速记课程");
        a.href = "/?" + params + "#scene";
        card.appendChild(a);
      }
      els.report.appendChild(card);
    });
  }

  function loadTrends() {
    els.trends.textContent = "";
    if (!els.district.value) {
      els.trends.appendChild(el("p", "t-muted", "选择辖区后显示该辖区的警情趋势。"));
      return Promise.resolve();
    }
    return JingzhiAuth.fetch("/v1/trends?district=" + encodeURIComponent(els.district.value)).then(function (resp) {
      return resp.json().then(function (r) {
        if (!resp.ok) throw new Error("（" + resp.status + "）" + (r.detail || r.error || "加载失败"));
        els.trendsTest.textContent = "上升检验：" + r.test.rising + "；季节性：" + r.test.seasonal + "；α = " + r.test.alpha;
        var table = el("table", "t-trends");
        var head = el("tr");
        ["警情类型"].concat(r.quarters).concat(["上升", "高发季度"]).forEach(function (h) { head.appendChild(el("th", null, h)); });
        table.appendChild(head);
        r.case_types.forEach(function (t) {
          var row = el("tr", t.rising ? "t-trend-rising" : null);
          row.setAttribute("data-case-type", t.case_type);
          row.appendChild(el("td", null, t.case_type));
          r.quarters.forEach(function (q) { row.appendChild(el("td", null, t.per_quarter[q])); });
          row.appendChild(el("td", null, t.p_rising === null ? "—" : (t.rising ? "是" : "否") + "（p=" + t.p_rising + "）"));
          row.appendChild(el("td", null, t.peak_quarter || "—"));
          table.appendChild(row);
        });
        els.trends.appendChild(table);
      });
    }).catch(fail);
  }

  function load() {
    loadTrends();
    els.error.hidden = true;
    return JingzhiAuth.fetch(reportUrl("json")).then(function (resp) {
      return resp.json().then(function (body) {
        if (!resp.ok) throw new Error("（" + resp.status + "）" + (body.detail || body.error || "加载失败"));
        render(body.groups || []);
      });
    }).catch(fail);
  }

  function downloadCsv() {
    return JingzhiAuth.fetch(reportUrl("csv")).then(function (resp) {
      if (!resp.ok) throw new Error("（" + resp.status + "）导出失败");
      return resp.blob();
    }).then(function (blob) {
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "drill-report.csv";
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    }).catch(fail);
  }

  function makeDrill() {
    var scenario = ($("scenario") || {}).value || "";
    var steps = parseInt(($("steps") || {}).value || "6", 10);
    if (!scenario.trim()) { fail(new Error("请先在左侧填写场景")); return; }
    els.make.disabled = true;
    els.made.hidden = true;
    JingzhiAuth.fetch("/v1/drills", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ scenario: scenario.trim(), steps: Math.min(20, Math.max(1, steps || 6)),
        district: els.district.value || null })
    }).then(function (resp) {
      return resp.json().then(function (body) {
        if (!resp.ok) throw new Error("（" + resp.status + "）" + JSON.stringify(body.detail || body.error));
        els.made.textContent = "已创建演练 #" + body.id + "：" + body.steps.length + " 个步骤，" +
          body.forbidden.length + " 项禁止动作。";
        els.made.hidden = false;
      });
    }).catch(fail).then(function () { els.make.disabled = false; });
  }

  function fillDistricts() {
    return JingzhiAuth.fetch("/v1/districts").then(function (r) { return r.json(); }).then(function (data) {
      (data.districts || []).forEach(function (d) {
        var o = el("option", null, d.name || d.id);
        o.value = d.id;
        els.district.appendChild(o);
      });
    }).catch(function () {});
  }

  function init() {
    els.box = $("drill-report-box");
    if (!els.box) return;
    els.district = $("drill-district");
    els.load = $("drill-report-load");
    els.csv = $("drill-report-csv");
    els.report = $("drill-report");
    els.error = $("drill-report-error");
    els.trends = $("trends");
    els.trendsTest = $("trends-test");
    els.make = $("make-drill");
    els.made = $("make-drill-result");
    els.load.addEventListener("click", load);
    els.csv.addEventListener("click", downloadCsv);
    els.make.addEventListener("click", makeDrill);
    var tries = 0;
    (function wait() {  // the page signs in first (common.js); then load districts once
      if (JingzhiAuth.user()) { fillDistricts(); return; }
      if (tries++ < 600) setTimeout(wait, 100);
    })();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
