/* 警知 officer page: the 演练 (drill) tab. Pick a drill, read the scene, type or dictate a plan,
   see the graded result with tappable citations, and one's own earlier attempts.
   Kept apart from app.js: it only shows/hides the other two views when its tab is chosen. */
(function () {
  "use strict";

  var els = {};
  var drills = [];

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  function show(node, on) { node.hidden = !on; }

  function api(url, init) {
    return JingzhiAuth.fetch(url, init).then(function (resp) {
      return resp.text().then(function (raw) {
        var body = null;
        try { body = raw ? JSON.parse(raw) : null; } catch (e) { body = null; }
        if (!resp.ok) {
          var detail = body && (body.detail || body.error) ? body.detail || body.error : raw;
          if (Array.isArray(detail)) detail = detail.map(function (d) { return d.msg || JSON.stringify(d); }).join("；");
          throw new Error("（" + resp.status + "）" + String(detail || "请求失败"));
        }
        return body;
      });
    });
  }

  function fail(err) {
    els.error.textContent = err && err.message ? err.message : String(err);
    show(els.error, true);
    show(els.status, false);
  }

  function selectDrillView(on) {
    show(els.panel, on);
    els.tab.classList.toggle("is-active", on);
    els.tab.setAttribute("aria-selected", on ? "true" : "false");
    if (on) {
      show($("ask-view"), false);
      show($("scene-panel"), false);
      ["ask-tab", "scene-tab"].forEach(function (id) {
        $(id).classList.remove("is-active");
        $(id).setAttribute("aria-selected", "false");
      });
      if (!drills.length) loadDrills();
      loadHistory();
    }
  }

  function loadDrills() {
    return api("/v1/drills?limit=100").then(function (data) {
      drills = (data && data.items) || [];
      els.select.textContent = "";
      if (!drills.length) {
        els.select.appendChild(el("option", null, "暂无演练（请培训人员先创建）"));
        els.select.disabled = true;
        return;
      }
      els.select.disabled = false;
      drills.forEach(function (d) {
        var o = el("option", null, d.scenario + (d.case_type ? " · " + d.case_type : ""));
        o.value = String(d.id);
        els.select.appendChild(o);
      });
      openDrill(els.select.value);
    }).catch(fail);
  }

  function openDrill(id) {
    show(els.result, false);
    show(els.error, false);
    return api("/v1/drills/" + encodeURIComponent(id)).then(function (d) {
      els.scene.textContent = d.scene;
      els.sceneMeta.textContent = "要求步骤 " + (d.step_count || (d.steps || []).length) + " 个" +
        (d.scene_source && d.scene_source !== "written" ? " · 场景取自脱敏案例" : "");
      show(els.sceneBox, true);
    }).catch(fail);
  }

  function citationText(c) { return (c.law || c.source || "") + (c.article || ""); }

  function citeButton(c) {
    // A tappable citation: shows the article's words right below it.
    var wrap = el("span", "drill-cite");
    var btn = el("button", "drill-cite-btn", citationText(c));
    btn.type = "button";
    var quote = el("blockquote", "drill-cite-quote", c.quote || "");
    quote.hidden = true;
    btn.addEventListener("click", function () { quote.hidden = !quote.hidden; });
    wrap.appendChild(btn);
    wrap.appendChild(quote);
    return wrap;
  }

  function renderGrade(g) {
    els.result.textContent = "";
    var pct = Math.round((g.score || 0) * 100);
    var head = el("p", "drill-score", "得分 " + pct + " / 100");
    head.setAttribute("data-testid", "drill-score");
    els.result.appendChild(head);
    (g.notices || []).forEach(function (n) { els.result.appendChild(el("p", "drill-notice", n)); });
    if (g.violations && g.violations.length) {
      els.result.appendChild(el("h3", "section-title", "违规动作"));
      var ul = el("ul", "drill-violations");
      g.violations.forEach(function (v) {
        var li = el("li", "drill-violation");
        li.appendChild(el("span", "drill-violation-text", v.text + "："));
        li.appendChild(citeButton(v.citation));
        li.appendChild(el("span", "drill-clause", "（你的方案：“" + v.clause + "”）"));
        ul.appendChild(li);
      });
      els.result.appendChild(ul);
    }
    function stepList(title, steps, cls) {
      if (!steps || !steps.length) return;
      els.result.appendChild(el("h3", "section-title", title));
      var ol = el("ul", cls);
      steps.forEach(function (s) { ol.appendChild(el("li", null, "第" + s.n + "步 " + s.title)); });
      els.result.appendChild(ol);
    }
    stepList("已覆盖", g.covered_steps, "drill-covered");
    stepList("遗漏", g.missed_steps, "drill-missed");
    if (g.wording && g.wording.length) {
      els.result.appendChild(el("h3", "section-title", "规范表述与常用语"));
      var wl = el("ul", "drill-wording");
      g.wording.forEach(function (w) {
        var li = el("li", "drill-wording-item");
        li.appendChild(el("span", "drill-wording-title", w.title + " "));
        if (w.citation && w.citation.article) li.appendChild(citeButton(w.citation));
        (w.phrases || []).forEach(function (p) {
          var ph = el("span", "drill-phrase", p.zh + (p.foreign ? " / " + p.foreign : ""));
          li.appendChild(ph);
        });
        wl.appendChild(li);
      });
      els.result.appendChild(wl);
    }
    els.result.appendChild(el("p", "drill-feedback", g.feedback));
    // LLM feedback: its [n] markers cite these articles (each verified to support its sentence)
    if (g.feedback_citations && g.feedback_citations.length) {
      var fl = el("ol", "drill-feedback-citations");
      g.feedback_citations.forEach(function (c) {
        var li = el("li", null);
        li.appendChild(citeButton(c));
        fl.appendChild(li);
      });
      els.result.appendChild(fl);
    }
    show(els.result, true);
  }

  function submit(ev) {
    if (ev) ev.preventDefault();
    var answer = els.answer.value.trim();
    if (!answer) { fail(new Error("请先写出处置方案")); return; }
    if (els.select.disabled) return;
    show(els.error, false);
    els.status.textContent = "正在评分…";
    show(els.status, true);
    els.submit.disabled = true;
    var district = (document.getElementById("district") || {}).value || null;
    api("/v1/drills/" + encodeURIComponent(els.select.value) + "/attempts", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answer: answer, district: district || null })
    }).then(function (g) {
      show(els.status, false);
      renderGrade(g);
      loadHistory();
    }).catch(fail).then(function () { els.submit.disabled = false; });
  }

  function loadHistory() {
    return api("/v1/attempts?limit=10").then(function (data) {
      els.history.textContent = "";
      var items = (data && data.items) || [];
      show(els.historyBox, items.length > 0);
      items.forEach(function (a) {
        var li = el("li", "drill-history-item",
          a.created_at.slice(0, 16).replace("T", " ") + " · " + (a.case_type || "演练") + " · " +
          Math.round(a.score * 100) + " 分");
        els.history.appendChild(li);
      });
    }).catch(function () { show(els.historyBox, false); });
  }

  function setUpDictation() {
    var Rec = window.SpeechRecognition || window.webkitSpeechRecognition;
    if (!Rec) { show(els.dictate, false); return; }
    show(els.dictate, true);
    var rec = null;
    els.dictate.addEventListener("click", function () {
      if (rec) { rec.stop(); return; }
      rec = new Rec();
      rec.lang = "zh-CN";
      rec.interimResults = false;
      rec.onresult = function (e) {
        var text = "";
        for (var i = e.resultIndex; i < e.results.length; i++) text += e.results[i][0].transcript;
        els.answer.value = (els.answer.value ? els.answer.value + "\n" : "") + text;
      };
      rec.onend = function () { rec = null; els.dictate.textContent = "语音输入"; };
      rec.onerror = function () { rec = null; els.dictate.textContent = "语音输入"; };
      els.dictate.textContent = "停止";
      rec.start();
    });
  }

  function init() {
    els.tab = $("drill-tab");
    els.panel = $("drill-panel");
    if (!els.tab || !els.panel) return;
    els.select = $("drill-select");
    els.scene = $("drill-scene");
    els.sceneMeta = $("drill-scene-meta");
    els.sceneBox = $("drill-scene-box");
    els.form = $("drill-form");
    els.answer = $("drill-answer");
    els.submit = $("drill-submit");
    els.dictate = $("drill-dictate");
    els.status = $("drill-status");
    els.error = $("drill-error");
    els.result = $("drill-result");
    els.history = $("drill-history");
    els.historyBox = $("drill-history-box");
    els.tab.addEventListener("click", function () { selectDrillView(true); });
    ["ask-tab", "scene-tab"].forEach(function (id) {
      $(id).addEventListener("click", function () { selectDrillView(false); });
    });
    els.select.addEventListener("change", function () { openDrill(els.select.value); });
    els.form.addEventListener("submit", submit);
    setUpDictation();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
