/* 警知 annotators' workbench (/annotator): the review queue, the passage with its label evidence
 * highlighted, label chips from the taxonomy, keyboard shortcuts, history; the curated Q&A editor;
 * case uploads. Plain JS; text goes into the DOM with textContent only. */
(function () {
  "use strict";

  var $ = JingzhiDom.$, el = JingzhiDom.el, show = JingzhiDom.show, clear = JingzhiDom.clear;
  var KIND_NAMES = { case_type: "案件类型", cultural_taboo: "文化禁忌", nationality: "国籍", legal_clause: "法条" };
  var CHIP_KINDS = ["case_type", "cultural_taboo", "nationality"];
  var els = {};
  var state = { items: [], index: -1, taxonomy: null, selected: {}, user: null, qa: [] };

  function fail(title, lines) { JingzhiDom.showError(els.error, title, lines); }

  function errorText(resp, data) {
    var d = data && (data.detail !== undefined ? data.detail : data.details);
    if (d && typeof d === "object" && d.error) return d.error;
    if (Array.isArray(d)) return JingzhiDom.detailLines(d).join("；");
    return (data && data.error ? data.error + "：" : "") + JingzhiDom.stringify(d || ("HTTP " + resp.status));
  }

  function api(url, init) {
    var opts = init || {};
    opts.headers = opts.headers || {};
    opts.headers.Accept = "application/json";
    return JingzhiAuth.fetch(url, opts, 120000).then(function (resp) {
      return resp.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = { error: raw }; }
        if (!resp.ok) {
          var err = new Error(errorText(resp, data));
          err.status = resp.status;
          throw err;
        }
        return data;
      });
    });
  }

  function postJson(url, body, method) {
    return api(url, { method: method || "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  /* ---------------- label review ---------------- */
  function loadQueue(keepId) {
    var params = new URLSearchParams({ limit: "200" });
    if (els.kind.value) params.set("kind", els.kind.value);
    if (els.source.value.trim()) params.set("source", els.source.value.trim());
    return api("/v1/annotations/queue?" + params.toString()).then(function (data) {
      state.items = (data && data.items) || [];
      renderQueue();
      var at = keepId ? state.items.map(function (i) { return i.id; }).indexOf(keepId) : -1;
      select(at >= 0 ? at : state.items.length ? 0 : -1);
    }).catch(function (err) { fail("无法加载审核队列", [err.message]); });
  }

  function minConfidence(item) {
    var c = item.labels.filter(function (l) { return l.provenance !== "human" && l.provenance !== "annotator"; })
      .map(function (l) { return l.confidence; });
    return c.length ? Math.min.apply(null, c) : null;
  }

  function renderQueue() {
    clear(els.queue);
    state.items.forEach(function (it, i) {
      var li = el("li", "wb-queue-item" + (it.reviewed ? " reviewed" : ""));
      li.setAttribute("data-id", it.id);
      var conf = minConfidence(it);
      li.appendChild(el("span", "wb-conf", it.reviewed ? "已审" : conf === null ? "无标签" : conf.toFixed(2)));
      li.appendChild(document.createTextNode((it.doc_type === "taboo" ? "［禁忌］" : "") + it.source.split("/").pop() + " · " + it.article));
      li.addEventListener("click", function () { select(i); });
      els.queue.appendChild(li);
    });
  }

  function select(i) {
    state.index = i;
    Array.prototype.forEach.call(els.queue.children, function (li, j) {
      li.setAttribute("aria-current", j === i ? "true" : "false");
      if (j === i && li.scrollIntoView) li.scrollIntoView({ block: "nearest" });
    });
    var it = state.items[i];
    show(els.item, Boolean(it));
    if (!it) return;
    els.where.textContent = it.source + " · " + it.article + (it.double ? " · 双人标注" : "") + (it.reviewed ? " · 已审核" : " · 待审核");
    renderText(it);
    state.selected = {};
    it.labels.forEach(function (l) {
      (state.selected[l.kind] = state.selected[l.kind] || {})[l.value] = l;
    });
    renderChips(it);
    els.clauses.value = it.labels.filter(function (l) { return l.kind === "legal_clause"; }).map(function (l) { return l.value; }).join("\n");
    els.note.value = "";
    els.saveStatus.textContent = "";
    loadHistory(it.id);
  }

  /* The passage with the evidence spans as <mark>s (offsets are code points, as the server counts). */
  function renderText(it) {
    clear(els.text);
    var chars = Array.from(it.text);
    var spans = (it.evidence || []).slice().sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var pos = 0;
    spans.forEach(function (s) {
      if (s.start < pos) return; // overlapping: the first (longest) one is shown
      if (s.start > pos) els.text.appendChild(document.createTextNode(chars.slice(pos, s.start).join("")));
      var m = el("mark", null, chars.slice(s.start, s.end).join(""));
      m.title = (KIND_NAMES[s.kind] || s.kind) + "：" + s.value;
      m.setAttribute("data-kind", s.kind);
      m.setAttribute("data-value", s.value);
      els.text.appendChild(m);
      pos = s.end;
    });
    if (pos < chars.length) els.text.appendChild(document.createTextNode(chars.slice(pos).join("")));
    var withSpan = {};
    spans.forEach(function (s) { withSpan[s.kind + "=" + s.value] = true; });
    var without = it.labels.filter(function (l) { return !withSpan[l.kind + "=" + l.value]; }).map(function (l) { return l.value; });
    els.evidenceNote.textContent = without.length ? "文中没有直接依据的标签（由嵌入或模型提出）：" + without.join("、") : "";
  }

  function chipLabel(kind, value) {
    var chosen = state.selected[kind] && state.selected[kind][value];
    return chosen;
  }

  function renderChips(it) {
    clear(els.chips);
    var tax = state.taxonomy || { values: {} };
    CHIP_KINDS.forEach(function (kind) {
      if (it.doc_type === "taboo" && kind === "case_type") return;
      var values = (tax.values[kind] || []).slice();
      if (kind === "nationality") {
        // only the nationalities the passage has (the full list is long); others are typed below
        values = Object.keys(state.selected.nationality || {});
      }
      var group = el("div", "wb-chip-group");
      group.setAttribute("data-kind", kind);
      group.appendChild(el("h3", null, KIND_NAMES[kind]));
      values.forEach(function (value, n) {
        var b = el("button", "wb-chip");
        b.type = "button";
        b.setAttribute("data-kind", kind);
        b.setAttribute("data-value", value);
        if (kind === "case_type" && n < 9) b.appendChild(el("span", "wb-key", String(n + 1)));
        b.appendChild(document.createTextNode(value));
        var current = chipLabel(kind, value);
        if (current && current.provenance) {
          var conf = typeof current.confidence === "number" ? " " + current.confidence.toFixed(2) : "";
          b.appendChild(el("span", "wb-prov", current.provenance === "human" ? "人工·" + (current.annotator || "") : current.provenance + conf));
        }
        b.setAttribute("aria-pressed", current ? "true" : "false");
        b.addEventListener("click", function () { toggle(kind, value); });
        group.appendChild(b);
      });
      if (kind === "nationality") {
        var add = el("input", "wb-add");
        add.placeholder = "添加国籍（英文国名，如 Russia），回车";
        add.setAttribute("aria-label", "添加国籍");
        add.addEventListener("keydown", function (ev) {
          if (ev.key !== "Enter") return;
          ev.preventDefault();
          var v = add.value.trim();
          if (v) { toggle("nationality", v, true); }
        });
        group.appendChild(add);
      }
      els.chips.appendChild(group);
    });
  }

  function toggle(kind, value, on) {
    var group = state.selected[kind] = state.selected[kind] || {};
    if (group[value] && on !== true) delete group[value];
    else group[value] = { kind: kind, value: value };
    renderChips(state.items[state.index]);
  }

  function save() {
    var it = state.items[state.index];
    if (!it) return Promise.resolve();
    var labels = [];
    var kinds = it.doc_type === "taboo" ? ["cultural_taboo", "nationality", "legal_clause"] : ["case_type", "cultural_taboo", "nationality", "legal_clause"];
    CHIP_KINDS.forEach(function (kind) {
      Object.keys(state.selected[kind] || {}).forEach(function (v) { labels.push({ kind: kind, value: v }); });
    });
    els.clauses.value.split(/\n+/).map(function (s) { return s.trim(); }).filter(Boolean).forEach(function (v) {
      labels.push({ kind: "legal_clause", value: v });
    });
    els.saveStatus.textContent = "保存中…";
    return postJson("/v1/annotations/" + encodeURIComponent(it.id), { labels: labels, kinds: kinds, note: els.note.value.trim() })
      .then(function (data) {
        els.saveStatus.textContent = "已保存";
        state.items[state.index] = data.item;
        var at = state.index;
        renderQueue();
        select(at);
        els.saveStatus.textContent = "已保存";
      })
      .catch(function (err) { els.saveStatus.textContent = "未保存：" + err.message; });
  }

  function loadHistory(id) {
    clear(els.history);
    return api("/v1/annotations/" + encodeURIComponent(id) + "/history").then(function (data) {
      var changes = (data && data.changes) || [];
      if (!changes.length) els.history.appendChild(el("li", null, "尚无人工修改"));
      changes.forEach(function (c) {
        var fmt = function (ls) { return ls.map(function (l) { return l.value; }).join("、") || "（无）"; };
        els.history.appendChild(el("li", null, c.at.slice(0, 19).replace("T", " ") + " " + c.who + "：" + c.kinds.join(",") + " " + fmt(c.before) + " → " + fmt(c.after) + (c.note ? "（" + c.note + "）" : "")));
      });
    }).catch(function () {});
  }

  function onKey(ev) {
    if (els.panels.labels.hidden) return;
    var tag = (ev.target && ev.target.tagName) || "";
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var it = state.items[state.index];
    if (ev.key === "j") { select(Math.min(state.index + 1, state.items.length - 1)); ev.preventDefault(); }
    else if (ev.key === "k") { select(Math.max(state.index - 1, 0)); ev.preventDefault(); }
    else if (ev.key === "s") { save(); ev.preventDefault(); }
    else if (ev.key === "h") { els.historyBox.open = !els.historyBox.open; ev.preventDefault(); }
    else if (/^[1-9]$/.test(ev.key) && it && state.taxonomy && it.doc_type !== "taboo") {
      var value = (state.taxonomy.values.case_type || [])[Number(ev.key) - 1];
      if (value) { toggle("case_type", value); ev.preventDefault(); }
    }
  }

  /* ---------------- curated Q&A ---------------- */
  function loadQa() {
    return api("/v1/qa?limit=200").then(function (data) {
      state.qa = (data && data.items) || [];
      clear(els.qaList);
      state.qa.forEach(function (e) { els.qaList.appendChild(qaEntry(e)); });
    }).catch(function (err) { fail("无法加载实务问答", [err.message]); });
  }

  var STATUS_NAMES = { draft: "草稿", reviewed: "已审核·已上线", flagged: "已标记·未上线" };

  function qaEntry(e) {
    var li = el("li", "wb-qa-entry");
    li.setAttribute("data-qa-id", String(e.id));
    li.setAttribute("data-status", e.status);
    li.appendChild(el("span", "wb-badge " + e.status, STATUS_NAMES[e.status] || e.status));
    li.appendChild(el("strong", null, "问答" + e.id + "：" + e.question));
    li.appendChild(el("p", null, e.answer));
    li.appendChild(el("p", "wb-evidence-note", "依据：" + e.articles.join("；") + " · 作者 " + e.author + (e.flag_reason ? " · " + e.flag_reason : "")));
    var edit = el("button", null, "编辑");
    edit.type = "button";
    edit.addEventListener("click", function () {
      els.qaId.value = String(e.id);
      els.qaQuestion.value = e.question;
      els.qaAnswer.value = e.answer;
      els.qaArticles.value = e.articles.join("\n");
      els.qaDistrict.value = e.district || "";
    });
    li.appendChild(edit);
    var me = state.user && state.user.username;
    if (e.status !== "reviewed" && (e.author !== me || (state.user.roles || []).indexOf("admin") !== -1)) {
      var approve = el("button", "wb-approve", "审核通过");
      approve.type = "button";
      approve.addEventListener("click", function () {
        postJson("/v1/qa/" + e.id + "/review", { approve: true }).then(loadQa).catch(function (err) { fail("审核失败", [err.message]); });
      });
      li.appendChild(approve);
    }
    return li;
  }

  function saveQa(ev) {
    ev.preventDefault();
    var body = {
      question: els.qaQuestion.value.trim(),
      answer: els.qaAnswer.value.trim(),
      articles: els.qaArticles.value.split(/\n+/).map(function (s) { return s.trim(); }).filter(Boolean),
      district: els.qaDistrict.value.trim() || null
    };
    var id = els.qaId.value;
    els.qaStatus.textContent = "保存中…";
    (id ? postJson("/v1/qa/" + id, body, "PUT") : postJson("/v1/qa", body))
      .then(function (entry) {
        els.qaId.value = String(entry.id);
        els.qaStatus.textContent = "已保存为草稿（问答" + entry.id + "），需他人审核后上线";
        return loadQa();
      })
      .catch(function (err) { els.qaStatus.textContent = "未保存：" + err.message; });
  }

  /* ---------------- uploads ---------------- */
  var RESULT_NAMES = { stored: "已入库", quarantined: "已隔离", rejected: "未接收" };

  function upload(ev) {
    ev.preventDefault();
    var files = els.uploadFiles.files;
    if (!files || !files.length) { els.uploadStatus.textContent = "请选择文件"; return; }
    var form = new FormData();
    Array.prototype.forEach.call(files, function (f) { form.append("files", f, f.name); });
    els.uploadStatus.textContent = "上传并处理中…";
    api("/v1/cases", { method: "POST", body: form }).then(function (data) {
      clear(els.uploadResults);
      (data.files || []).forEach(function (r) {
        var tr = el("tr");
        tr.setAttribute("data-status", r.status);
        tr.appendChild(el("td", null, r.file));
        tr.appendChild(el("td", null, RESULT_NAMES[r.status] || r.status));
        tr.appendChild(el("td", null, r.status === "stored" ? r.passages + " 段，已进入审核队列" : r.reason || ""));
        els.uploadResults.appendChild(tr);
      });
      els.uploadStatus.textContent = "完成";
      return loadQueue();
    }).catch(function (err) { els.uploadStatus.textContent = "上传失败：" + err.message; });
  }

  /* ---------------- tabs, start ---------------- */
  function selectTab(name) {
    Array.prototype.forEach.call(document.querySelectorAll(".wb-tab"), function (t) {
      t.setAttribute("aria-selected", t.getAttribute("data-tab") === name ? "true" : "false");
    });
    Object.keys(els.panels).forEach(function (k) { els.panels[k].hidden = k !== name; });
    if (name === "qa") loadQa();
  }

  function ready(user) {
    state.user = user;
    var roles = user.roles || [];
    var reviewer = roles.indexOf("annotator") !== -1 || roles.indexOf("admin") !== -1;
    if (!reviewer) { selectTab("qa"); return; }
    api("/v1/annotations/taxonomy").then(function (tax) {
      state.taxonomy = tax;
      return loadQueue();
    }).catch(function (err) { fail("无法加载标签体系", [err.message]); });
  }

  function init() {
    ["error", "queue", "item", "chips", "clauses", "note", "save", "history", "reload"].forEach(function (id) { els[id] = $(id); });
    els.kind = $("filter-kind");
    els.source = $("filter-source");
    els.where = $("item-where");
    els.text = $("item-text");
    els.evidenceNote = $("evidence-note");
    els.saveStatus = $("save-status");
    els.historyBox = $("history-box");
    els.qaList = $("qa-list");
    els.qaId = $("qa-id");
    els.qaQuestion = $("qa-question");
    els.qaAnswer = $("qa-answer");
    els.qaArticles = $("qa-articles");
    els.qaDistrict = $("qa-district");
    els.qaStatus = $("qa-status");
    els.uploadFiles = $("upload-files");
    els.uploadStatus = $("upload-status");
    els.uploadResults = $("upload-results");
    els.panels = { labels: $("tab-labels"), qa: $("tab-qa"), upload: $("tab-upload") };
    els.save.addEventListener("click", save);
    els.reload.addEventListener("click", function () { loadQueue(); });
    els.kind.addEventListener("change", function () { loadQueue(); });
    $("qa-form").addEventListener("submit", saveQa);
    $("qa-new").addEventListener("click", function () { $("qa-form").reset(); els.qaId.value = ""; els.qaStatus.textContent = ""; });
    $("upload-form").addEventListener("submit", upload);
    Array.prototype.forEach.call(document.querySelectorAll(".wb-tab"), function (t) {
      t.addEventListener("click", function () { selectTab(t.getAttribute("data-tab")); });
    });
    document.addEventListener("keydown", onKey);
    JingzhiAuth.start({ roles: ["annotator", "admin", "trainer"], onReady: ready });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
