/* 警知 trainer page (/trainer): generate, edit, save (versioned) and export cited procedures.
 * Plain JS, no dependencies, no external resources.
 *
 * Every server-provided string is put into the DOM with textContent / element values only, never
 * innerHTML: generated steps, citations and cultural notes may contain untrusted text.
 */
(function () {
  "use strict";

  var TIMEOUT_MS = 180000;
  var MODES = {
    library: "步骤库生成",
    llm: "大模型生成（引用已核验）",
    "library-fallback": "步骤库生成（大模型不可用）",
    edited: "已人工编辑"
  };
  var FORMATS = { md: "Markdown", docx: "Word", pdf: "PDF" };
  /* Chinese names -> the English country names the API uses (others are sent as typed). */
  var COUNTRIES = [
    ["Russia", "俄罗斯"],
    ["United States", "美国"],
    ["Japan", "日本"],
    ["South Korea", "韩国"],
    ["United Kingdom", "英国"],
    ["France", "法国"],
    ["Germany", "德国"],
    ["Nigeria", "尼日利亚"],
    ["Pakistan", "巴基斯坦"],
    ["India", "印度"],
    ["Thailand", "泰国"],
    ["Vietnam", "越南"],
    ["Saudi Arabia", "沙特阿拉伯"],
    ["Egypt", "埃及"]
  ];
  var ZH_TO_EN = {};
  var EN_TO_ZH = {};
  COUNTRIES.forEach(function (c) {
    ZH_TO_EN[c[1]] = c[0];
    EN_TO_ZH[c[0]] = c[1];
  });
  var LANGS = { en: "英语", ru: "俄语", ar: "阿拉伯语", ja: "日语", ko: "韩语", fr: "法语", es: "西班牙语" };

  var els = {};
  var busy = false;
  var state = {
    sop: null, // the SOP as last loaded / generated / saved
    id: null, // saved document id, or null for an unsaved procedure
    version: null, // the version on screen
    latest: null,
    versions: [],
    dirty: false,
    baseline: "",
    districts: {}
  };

  /* ---------- small helpers ---------- */

  var $ = JingzhiDom.$;
  var el = JingzhiDom.el;
  var show = JingzhiDom.show;
  var clear = JingzhiDom.clear;
  var stringify = JingzhiDom.stringify;
  var detailLines = JingzhiDom.detailLines;

  function pad(n) {
    return n < 10 ? "0" + n : String(n);
  }

  function formatTime(iso) {
    if (!iso) return "";
    var d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    return (
      d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + " " + pad(d.getHours()) + ":" + pad(d.getMinutes())
    );
  }

  function districtName(id) {
    var d = id ? state.districts[id] : null;
    return d ? d.name : id || "";
  }

  function countryLabel(name) {
    if (!name) return "";
    return EN_TO_ZH[name] || name;
  }

  /* ---------- status / errors ---------- */

  function setStatus(text) {
    els.status.textContent = text || "";
    show(els.status, !!text);
  }

  function showError(title, lines) {
    JingzhiDom.showError(els.error, title, lines);
  }

  function hideError() {
    JingzhiDom.hideError(els.error);
  }

  function HttpError(title, lines) {
    this.title = title;
    this.lines = lines;
  }

  function httpError(status, body, rawText) {
    var title = "请求失败（HTTP " + status + "）";
    if (status === 422) title = "请求无效（HTTP 422）";
    else if (status === 404) title = "未找到（HTTP 404）";
    else if (status === 503) title = "服务暂不可用（HTTP 503）";
    else if (status >= 500) title = "服务器出错（HTTP " + status + "）";
    var lines = [];
    if (body && typeof body === "object") {
      if (body.error !== undefined) lines.push(stringify(body.error));
      lines = lines.concat(detailLines(body.details));
      lines = lines.concat(detailLines(body.detail));
    }
    if (!lines.length && rawText) lines.push(rawText.slice(0, 500));
    if (!lines.length) lines.push("服务器未返回错误说明。");
    return new HttpError(title, lines);
  }

  /* fetch with a timeout; resolves with the Response, rejects with an HttpError. */
  function request(method, url, body) {
    var init = { method: method, headers: {} };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    // With the token; an expired token asks for a new sign-in and the request is repeated.
    return JingzhiAuth.fetch(url, init, TIMEOUT_MS)
      .then(
        function (resp) {
          if (resp.ok) return resp;
          return resp.text().then(function (raw) {
            var parsed = null;
            try { parsed = raw ? JSON.parse(raw) : null; } catch (e) { parsed = null; }
            throw httpError(resp.status, parsed, raw);
          });
        },
        function (err) {
          if (err && err.name === "AbortError") throw new HttpError("请求超时", ["服务器长时间未响应，请稍后重试。"]);
          throw new HttpError("无法连接服务器", [err && err.message ? err.message : String(err)]);
        }
      );
  }

  function requestJson(method, url, body) {
    return request(method, url, body).then(function (resp) {
      return resp.text().then(function (raw) {
        try {
          return JSON.parse(raw);
        } catch (e) {
          throw new HttpError("服务器返回了无法识别的内容", [raw ? raw.slice(0, 500) : "（空响应）"]);
        }
      });
    });
  }

  function reportError(err) {
    if (err instanceof HttpError) showError(err.title, err.lines);
    else showError("页面出错", [err && err.message ? err.message : String(err)]);
  }

  function setBusy(on, text) {
    busy = on;
    [els.generate, els.save, els.exportMd, els.exportDocx, els.exportPdf].forEach(function (b) {
      b.disabled = on;
    });
    els.generate.setAttribute("aria-busy", on ? "true" : "false");
    setStatus(on ? text : "");
  }

  /* ---------- districts ---------- */

  function loadDistricts() {
    return requestJson("GET", "/v1/districts")
      .then(function (data) {
        var list = data && Array.isArray(data.districts) ? data.districts : [];
        list.forEach(function (d) {
          state.districts[d.id] = d;
          var opt = el("option", null, d.name);
          opt.value = d.id;
          els.region.appendChild(opt);
        });
        var preferred = data.default || data.suggested_default;
        if (preferred && state.districts[preferred]) els.region.value = preferred;
      })
      .catch(function (err) {
        // generation still works without a district
        var opt = el("option", null, "（辖区列表加载失败）");
        opt.disabled = true;
        els.region.appendChild(opt);
        if (err instanceof HttpError) setStatus("");
      });
  }

  function fillCountryList() {
    COUNTRIES.forEach(function (c) {
      var opt = document.createElement("option");
      opt.value = c[1];
      opt.label = c[0];
      els.countryList.appendChild(opt);
    });
  }

  /* ---------- rendering ---------- */

  function citationText(c) {
    return "《" + (c.short || c.law || c.source || "") + "》" + (c.article || "") + "：“" + (c.quote || "") + "”";
  }

  function autoSize(area) {
    area.style.height = "auto";
    area.style.height = area.scrollHeight + 3 + "px";
  }

  function field(n, key, label, value, multiline, maxLength) {
    var id = "step-" + n + "-" + key;
    var lab = el("label", "t-label", label);
    lab.htmlFor = id;
    var input;
    if (multiline) {
      input = el("textarea", "t-area step-" + key);
      input.rows = 3;
    } else {
      input = el("input", "t-input step-" + key);
      input.type = "text";
    }
    input.id = id;
    input.maxLength = maxLength;
    input.value = value || "";
    input.setAttribute("data-field", key);
    var wrap = el("div", "step-field step-field-" + key);
    wrap.appendChild(lab);
    wrap.appendChild(input);
    return wrap;
  }

  function renderStep(step) {
    var n = step.n;
    var li = el("li", "sop-step" + (step.basis_found === false ? " no-basis" : ""));
    li.setAttribute("data-n", String(n));
    li.id = "step-" + n;

    var head = el("div", "step-head");
    head.appendChild(el("span", "step-n", n));
    head.appendChild(el("span", "step-label", "第 " + n + " 步"));
    if (step.phase) head.appendChild(el("span", "badge badge-phase step-phase", step.phase));
    if (step.basis_found === false) head.appendChild(el("span", "badge badge-nobasis step-nobasis", "未找到可靠法律依据"));
    li.appendChild(head);

    li.appendChild(field(n, "title", "步骤名称", step.title, false, 200));

    var grid = el("div", "step-grid");
    grid.appendChild(field(n, "action", "做法", step.action, true, 2000));
    grid.appendChild(field(n, "why", "理由", step.why, true, 2000));

    var basis = el("div", "step-wide step-basis");
    basis.appendChild(el("h4", "step-block-title", "法律依据"));
    var citations = Array.isArray(step.citations) ? step.citations : [];
    if (citations.length) {
      var ul = el("ul", "step-citations");
      citations.forEach(function (c) {
        var item = el("li", "step-citation");
        var text = el("span", "step-citation-text");
        text.appendChild(el("span", "step-citation-law", "《" + (c.short || c.law || c.source || "") + "》" + (c.article || "")));
        text.appendChild(document.createTextNode("：“" + (c.quote || "") + "”"));
        item.appendChild(text);
        item.setAttribute("title", citationText(c));
        var src = "来源：" + (c.source || "");
        if (c.version) src += " · " + (/^\d{4}$/.test(c.version) ? c.version + " 版" : c.version);
        item.appendChild(el("span", "step-source", src));
        ul.appendChild(item);
      });
      basis.appendChild(ul);
    } else {
      basis.appendChild(el("p", "step-nobasis-text", "知识库中未找到能支持本步理由的法律条文，请人工核实并补充依据。"));
    }
    grid.appendChild(basis);

    var notes = Array.isArray(step.cultural_notes) ? step.cultural_notes : [];
    if (notes.length) {
      var nbox = el("div", "step-notes-box");
      nbox.appendChild(el("h4", "step-block-title", "文化提示"));
      var nul = el("ul", "step-notes");
      notes.forEach(function (note) {
        var item = el("li", "step-note");
        if (note.review_status && /review/.test(note.review_status)) {
          item.appendChild(el("span", "badge badge-review", "待专家审核"));
        }
        if (note.title) item.appendChild(el("span", "step-note-title", note.title));
        item.appendChild(document.createTextNode(note.text || ""));
        nul.appendChild(item);
      });
      nbox.appendChild(nul);
      grid.appendChild(nbox);
    }

    var phrases = Array.isArray(step.phrases) ? step.phrases : [];
    if (phrases.length) {
      var pbox = el("div", "step-phrases-box" + (notes.length ? "" : " step-wide"));
      pbox.appendChild(el("h4", "step-block-title", "常用语"));
      var pul = el("ul", "step-phrases");
      phrases.forEach(function (p) {
        var item = el("li", "step-phrase");
        item.appendChild(el("span", "step-phrase-zh", p.zh));
        var foreign = el("span", "step-phrase-foreign");
        if (p.foreign) {
          foreign.appendChild(document.createTextNode(p.foreign));
          if (p.lang) {
            foreign.setAttribute("lang", p.lang);
            if (p.lang === "ar") foreign.setAttribute("dir", "rtl");
            foreign.appendChild(el("span", "step-phrase-lang", "（" + (LANGS[p.lang] || p.lang) + "）"));
          }
        } else {
          foreign.textContent = "—";
        }
        item.appendChild(foreign);
        pul.appendChild(item);
      });
      pbox.appendChild(pul);
      grid.appendChild(pbox);
    }

    li.appendChild(grid);
    return li;
  }

  function renderMeta(sop) {
    var parts = [];
    if (sop.scenario) parts.push("场景：" + sop.scenario);
    if (sop.district) parts.push("辖区：" + districtName(sop.district));
    if (sop.nationality) parts.push("国籍：" + countryLabel(sop.nationality));
    if (Array.isArray(sop.case_types) && sop.case_types.length) parts.push("案件类型：" + sop.case_types.slice(0, 3).join("、"));
    if (sop.mode) parts.push(MODES[sop.mode] || sop.mode);
    if (sop.generated_at) parts.push("生成于 " + formatTime(sop.generated_at));
    els.meta.textContent = parts.join(" · ");
  }

  function renderSaved() {
    if (state.id === null) {
      els.saved.className = "t-saved-line";
      els.saved.textContent = "";
      show(els.saved, false);
      return;
    }
    var text = "已保存 · 编号 #" + state.id + " · 第 " + state.version + " 版";
    if (state.latest && state.latest !== state.version) text += "（最新为第 " + state.latest + " 版）";
    if (state.dirty) text += " · 有未保存的修改";
    els.saved.textContent = text;
    els.saved.className = "t-saved-line" + (state.dirty ? " is-dirty" : "");
    show(els.saved, true);
  }

  function renderSop(sop) {
    state.sop = sop;
    els.title.value = sop.title || "";
    renderMeta(sop);

    clear(els.notices);
    var notices = Array.isArray(sop.notices) ? sop.notices.filter(Boolean) : [];
    if (notices.length) {
      els.notices.appendChild(el("strong", "notices-title", "注意"));
      var ul = el("ul", "notices-list");
      notices.forEach(function (t) { ul.appendChild(el("li", null, stringify(t))); });
      els.notices.appendChild(ul);
    }
    show(els.notices, notices.length > 0);

    clear(els.stepList);
    (sop.steps || []).forEach(function (step) { els.stepList.appendChild(renderStep(step)); });
    show(els.placeholder, false);
    show(els.sop, true);
    Array.prototype.forEach.call(els.stepList.querySelectorAll("textarea"), autoSize);
    state.baseline = snapshot();
    renderSaved();
  }

  function renderVersions() {
    clear(els.versions);
    state.versions
      .slice()
      .sort(function (a, b) { return b.version - a.version; })
      .forEach(function (v) {
        var li = el("li", "t-version");
        li.setAttribute("data-version", String(v.version));
        var b = el("button", "t-list-item" + (v.version === state.version ? " is-current" : ""));
        b.type = "button";
        b.setAttribute("data-version", String(v.version));
        if (v.version === state.version) b.setAttribute("aria-current", "true");
        b.appendChild(el("span", "t-list-main", "第 " + v.version + " 版 · " + (v.author || "")));
        var sub = formatTime(v.created_at) + (v.note ? " · " + v.note : "");
        b.appendChild(el("span", "t-list-sub", sub));
        li.appendChild(b);
        els.versions.appendChild(li);
      });
    show(els.versionsBox, state.versions.length > 0);
  }

  function renderList(items) {
    clear(els.list);
    items.forEach(function (d) {
      var li = el("li", "t-sop-item");
      var b = el("button", "t-list-item" + (d.id === state.id ? " is-current" : ""));
      b.type = "button";
      b.setAttribute("data-id", String(d.id));
      b.appendChild(el("span", "t-list-main", d.title));
      var sub = "#" + d.id + " · 第 " + d.latest_version + " 版";
      if (d.district) sub += " · " + districtName(d.district);
      if (d.updated_at) sub += " · " + formatTime(d.updated_at);
      b.appendChild(el("span", "t-list-sub", sub));
      li.appendChild(b);
      els.list.appendChild(li);
    });
    show(els.listEmpty, items.length === 0);
  }

  /* ---------- the edited procedure ---------- */

  function collect() {
    var sop = JSON.parse(JSON.stringify(state.sop));
    sop.title = els.title.value.trim() || state.sop.title;
    (sop.steps || []).forEach(function (step) {
      var li = els.stepList.querySelector('.sop-step[data-n="' + step.n + '"]');
      if (!li) return;
      step.title = li.querySelector(".step-title").value.trim();
      step.action = li.querySelector(".step-action").value.trim();
      step.why = li.querySelector(".step-why").value.trim();
    });
    return sop;
  }

  /* The editable text on screen, to tell real edits from edits that were undone. */
  function snapshot() {
    var values = [els.title.value.trim()];
    Array.prototype.forEach.call(els.stepList.querySelectorAll(".sop-step"), function (li) {
      values.push(li.querySelector(".step-title").value.trim());
      values.push(li.querySelector(".step-action").value.trim());
      values.push(li.querySelector(".step-why").value.trim());
    });
    return JSON.stringify(values);
  }

  function markDirty() {
    if (!state.sop) return;
    var dirty = snapshot() !== state.baseline;
    if (dirty !== state.dirty) {
      state.dirty = dirty;
      renderSaved();
    }
  }

  /* ---------- actions ---------- */

  function regionBody() {
    var body = {};
    var district = els.region.value || null;
    var typed = els.nationality.value.trim();
    var nationality = typed ? ZH_TO_EN[typed] || typed : null;
    if (district) {
      body.region = district;
      if (nationality) body.nationality = nationality;
    } else {
      // without a district the server resolves (and checks) a Chinese or English country name
      body.region = typed || null;
    }
    return body;
  }

  function onGenerate(ev) {
    if (ev) ev.preventDefault();
    if (busy) return;
    hideError();
    var scenario = els.scenario.value.trim();
    if (!scenario) {
      els.scenario.classList.add("is-invalid");
      showError("请输入场景", ["例如：涉外酒吧冲突处置。"]);
      els.scenario.focus();
      return;
    }
    var steps = Number(els.stepCount.value);
    if (!Number.isInteger(steps) || steps < 1 || steps > 20) {
      els.stepCount.classList.add("is-invalid");
      showError("步骤数无效", ["步骤数应为 1 到 20 之间的整数。"]);
      els.stepCount.focus();
      return;
    }
    var body = regionBody();
    body.scenario = scenario;
    body.steps = steps;
    setBusy(true, "正在生成 " + steps + " 步流程并核验每一步的法律依据…");
    requestJson("POST", "/v1/sop", body)
      .then(function (sop) {
        if (!sop || !Array.isArray(sop.steps)) throw new HttpError("服务器返回了无法识别的流程", [stringify(sop).slice(0, 300)]);
        state.id = null;
        state.version = null;
        state.latest = null;
        state.versions = [];
        state.dirty = false;
        show(els.saveResult, false);
        renderSop(sop);
        renderVersions();
        renderList(state.listItems || []);
        els.sop.scrollIntoView({ block: "start", behavior: "auto" });
      })
      .catch(reportError)
      .then(function () { setBusy(false); });
  }

  function onSave() {
    if (busy || !state.sop) return;
    hideError();
    // The author is the signed-in user (the server takes it from the token).
    var body = { sop: collect(), note: els.note.value.trim() };
    var savedSnapshot = snapshot(); // what is being saved (edits made during the request stay "unsaved")
    var creating = state.id === null;
    setBusy(true, "正在保存…");
    requestJson(creating ? "POST" : "PUT", creating ? "/v1/sops" : "/v1/sops/" + state.id, body)
      .then(function (saved) {
        state.id = saved.id;
        state.version = saved.version;
        state.latest = saved.version;
        state.sop = body.sop;
        state.baseline = savedSnapshot;
        state.dirty = snapshot() !== savedSnapshot;
        els.note.value = "";
        var removed = Array.isArray(saved.removed) ? saved.removed : [];
        els.saveResult.textContent = "已保存为第 " + saved.version + " 版（编号 #" + saved.id + "）" +
          (removed.length ? "；服务器核验后移除了 " + removed.length + " 条引用：" + removed.join("；") : "");
        els.saveResult.setAttribute("data-version", String(saved.version));
        show(els.saveResult, true);
        renderSaved();
        return Promise.all([fetchDoc(saved.id, saved.version), refreshList()]);
      })
      .then(function (results) {
        var doc = results && results[0];
        if (doc) {
          state.sop = doc.sop;
          renderMeta(doc.sop);
        }
      })
      .catch(reportError)
      .then(function () { setBusy(false); });
  }

  function fetchDoc(id, version) {
    var url = "/v1/sops/" + encodeURIComponent(id) + (version ? "?version=" + encodeURIComponent(version) : "");
    return requestJson("GET", url).then(function (doc) {
      state.versions = Array.isArray(doc.versions) ? doc.versions : [];
      state.latest = doc.latest_version;
      state.version = doc.version;
      renderVersions();
      renderSaved();
      return doc;
    });
  }

  function openSaved(id, version) {
    if (busy) return;
    hideError();
    setBusy(true, version ? "正在载入第 " + version + " 版…" : "正在载入…");
    state.id = id;
    fetchDoc(id, version)
      .then(function (doc) {
        state.dirty = false;
        show(els.saveResult, false);
        renderSop(doc.sop);
        renderVersions();
        renderList(state.listItems || []);
      })
      .catch(reportError)
      .then(function () { setBusy(false); });
  }

  function refreshList() {
    // The 50 most recently changed procedures (GET /v1/sops is paginated).
    return requestJson("GET", "/v1/sops?limit=50")
      .then(function (page) {
        state.listItems = page && Array.isArray(page.items) ? page.items : [];
        renderList(state.listItems);
      })
      .catch(reportError);
  }

  function filenameOf(resp, fallback) {
    var cd = resp.headers.get("content-disposition") || "";
    var m = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(cd);
    if (m) {
      try {
        return decodeURIComponent(m[1].trim());
      } catch (e) {
        /* fall through */
      }
    }
    m = /filename\s*=\s*"?([^";]+)"?/i.exec(cd);
    return m ? m[1] : fallback;
  }

  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(url);
      if (a.parentNode) a.parentNode.removeChild(a);
    }, 30000);
  }

  function onExport(fmt) {
    if (busy || !state.sop) return;
    hideError();
    var sop = collect();
    var fallback = (sop.title || "SOP").replace(/[\\/:*?"<>|]+/g, "_") + "." + fmt;
    var req;
    if (state.id !== null && !state.dirty) {
      // the saved version, exactly as stored
      req = request(
        "GET",
        "/v1/sops/" + encodeURIComponent(state.id) + "/export?format=" + fmt + "&version=" + encodeURIComponent(state.version)
      );
    } else {
      // unsaved (or edited since the last save): export what is on screen
      req = request("POST", "/v1/sop/export", { sop: sop, format: fmt });
    }
    setBusy(true, "正在导出 " + FORMATS[fmt] + "…");
    req
      .then(function (resp) {
        var name = filenameOf(resp, fallback);
        return resp.blob().then(function (blob) { download(blob, name); });
      })
      .catch(reportError)
      .then(function () { setBusy(false); });
  }

  /* ---------- wiring ---------- */

  function init() {
    els.form = $("sop-form");
    els.scenario = $("scenario");
    els.stepCount = $("steps");
    els.region = $("region");
    els.nationality = $("nationality");
    els.countryList = $("nationality-list");
    els.generate = $("generate");
    els.status = $("status");
    els.error = $("error");
    els.placeholder = $("placeholder");
    els.sop = $("sop");
    els.title = $("sop-title");
    els.meta = $("sop-meta");
    els.saved = $("sop-saved");
    els.notices = $("sop-notices");
    els.stepList = $("sop-steps");
    els.author = $("author");
    els.note = $("note");
    els.save = $("save");
    els.saveResult = $("save-result");
    els.versions = $("versions");
    els.versionsBox = $("versions-box");
    els.exportMd = $("export-md");
    els.exportDocx = $("export-docx");
    els.exportPdf = $("export-pdf");
    els.list = $("sop-list");
    els.listEmpty = $("sop-list-empty");

    // "#steps" is the step-count input; the rendered steps live in "#sop-steps"
    els.form.addEventListener("submit", onGenerate);
    [els.scenario, els.stepCount].forEach(function (input) {
      input.addEventListener("input", function () { input.classList.remove("is-invalid"); });
    });
    els.title.addEventListener("input", markDirty);
    els.stepList.addEventListener("input", function (ev) {
      if (ev.target && ev.target.tagName === "TEXTAREA") autoSize(ev.target);
      markDirty();
    });
    els.save.addEventListener("click", onSave);
    [els.exportMd, els.exportDocx, els.exportPdf].forEach(function (b) {
      b.addEventListener("click", function () { onExport(b.getAttribute("data-format")); });
    });
    els.versions.addEventListener("click", function (ev) {
      var b = ev.target.closest ? ev.target.closest("button[data-version]") : null;
      if (b && state.id !== null) openSaved(state.id, Number(b.getAttribute("data-version")));
    });
    els.list.addEventListener("click", function (ev) {
      var b = ev.target.closest ? ev.target.closest("button[data-id]") : null;
      if (b) openSaved(Number(b.getAttribute("data-id")), null);
    });
    $("refresh-list").addEventListener("click", function () { refreshList(); });
    var resizeTimer = null;
    window.addEventListener("resize", function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(function () {
        Array.prototype.forEach.call(els.stepList.querySelectorAll("textarea"), autoSize);
      }, 150);
    });
    window.addEventListener("beforeunload", function (ev) {
      if (state.dirty) {
        ev.preventDefault();
        ev.returnValue = "";
      }
    });

    fillCountryList();
    JingzhiAuth.start({
      roles: ["trainer", "admin"],
      onReady: function (user) {
        els.author.textContent = user.username;
        loadDistricts().then(refreshList);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
