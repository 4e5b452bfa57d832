/* 警知 officer page: plain JS, no dependencies, no external resources.
 *
 * Every server-provided string is put into the DOM with textContent / createTextNode only,
 * never innerHTML: answers and citations may contain untrusted text.
 */
(function () {
  "use strict";

  var ASK_URL = "/v1/ask";
  var TIMEOUT_MS = 90000;
  var DOC_TYPES = {
    law: "法律",
    treaty: "条约",
    case: "案例",
    taboo: "文化禁忌"
  };
  var MODES = {
    extractive: "依据知识库原文摘录",
    llm: "由大模型生成，已逐句核验引用",
    "extractive-fallback": "依据知识库原文摘录（未采用大模型回答）"
  };
  var DRAFT_LABEL = "草稿生成中，核验后替换";

  var els = {};
  var busy = false;
  var draft = null; // {text, node} while an unverified draft is on screen

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

  /* ---------- status / errors ---------- */

  function setBusy(on) {
    busy = on;
    els.ask.disabled = on;
    els.ask.setAttribute("aria-busy", on ? "true" : "false");
    els.ask.textContent = on ? "正在检索…" : "提问";
    els.form.classList.toggle("is-busy", on);
    if (on) {
      els.status.textContent = "正在检索…";
      show(els.status, true);
    } else {
      els.status.textContent = "";
      show(els.status, false);
    }
  }

  function showError(title, lines) {
    clear(els.error);
    els.error.appendChild(el("strong", "error-title", title));
    (lines || []).forEach(function (line) {
      if (line) els.error.appendChild(el("p", "error-line", line));
    });
    show(els.error, true);
    if (els.error.scrollIntoView) els.error.scrollIntoView({ block: "nearest", behavior: "auto" });
  }

  /* A failed request: the previous answer no longer matches the question, so hide it. */
  function failRequest(title, lines) {
    if (draft) {
      // an unverified draft must not outlive a failed request
      draft = null;
      clear(els.answer);
      els.answer.className = "answer";
    }
    els.result.removeAttribute("aria-busy");
    show(els.result, false);
    showError(title, lines);
  }

  function hideError() {
    clear(els.error);
    show(els.error, false);
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

  /* One readable line per item of a FastAPI / app error "details" or "detail" value. */
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

  function httpErrorMessage(status, body, rawText) {
    var title = "请求失败（HTTP " + status + "）";
    if (status === 422) title = "问题无法提交（HTTP 422）";
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
    return { title: title, lines: lines };
  }

  /* ---------- rendering ---------- */

  function formatYmd(n) {
    if (n === null || n === undefined) return "";
    var s = String(n);
    if (!/^\d{8}$/.test(s)) return s;
    return s.slice(0, 4) + "-" + s.slice(4, 6) + "-" + s.slice(6, 8);
  }

  function citationTitle(c) {
    var short = c.short || c.law || "";
    return (short ? "《" + short + "》" : "") + (c.article || "");
  }

  function openCitation(n) {
    var card = document.querySelector('.citation[data-n="' + n + '"]');
    if (!card) return;
    var details = card.querySelector("details");
    if (details) details.open = true;
    card.classList.remove("flash");
    // restart the highlight animation
    void card.offsetWidth;
    card.classList.add("flash");
    card.scrollIntoView({ block: "start", behavior: "auto" });
    var summary = card.querySelector("summary");
    if (summary) summary.focus({ preventScroll: true });
  }

  function renderAnswerText(container, text, known) {
    var re = /\[(\d{1,3})\]/g;
    var last = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (m.index > last) container.appendChild(document.createTextNode(text.slice(last, m.index)));
      var n = parseInt(m[1], 10);
      if (known[n]) {
        var ref = el("button", "cite-ref", "[" + n + "]");
        ref.type = "button";
        ref.setAttribute("data-n", String(n));
        ref.setAttribute("aria-label", "查看引用 " + n);
        container.appendChild(ref);
      } else {
        container.appendChild(document.createTextNode(m[0]));
      }
      last = re.lastIndex;
    }
    if (last < text.length) container.appendChild(document.createTextNode(text.slice(last)));
  }

  function metaRow(dl, label, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", null, label));
    dl.appendChild(el("dd", null, value));
  }

  function renderCitation(c) {
    var n = c.n;
    var li = el("li", "citation");
    li.id = "cite-" + n;
    li.setAttribute("data-n", String(n));
    li.setAttribute("data-testid", "citation");

    var details = el("details", "citation-details");
    var summary = el("summary", "citation-summary");

    var head = el("div", "citation-head");
    head.appendChild(el("span", "citation-n", "[" + n + "]"));
    head.appendChild(el("span", "citation-title", citationTitle(c)));
    summary.appendChild(head);

    var badges = el("div", "badges");
    var dt = c.doc_type || "law";
    badges.appendChild(el("span", "badge badge-" + (DOC_TYPES[dt] ? dt : "other"), DOC_TYPES[dt] || dt));
    if (c.version) {
      badges.appendChild(el("span", "badge badge-version", /^\d{4}$/.test(c.version) ? c.version + " 版" : c.version));
    }
    if (c.in_force === false) badges.appendChild(el("span", "badge badge-void", "已失效"));
    if (c.synthetic) badges.appendChild(el("span", "badge badge-version", "合成案例"));
    if (c.review_status && /review/.test(c.review_status)) {
      badges.appendChild(el("span", "badge badge-void", "待专家审核"));
    }
    summary.appendChild(badges);

    if (c.quote) summary.appendChild(el("blockquote", "citation-quote", c.quote));
    var hint = el("span", "expand-hint");
    hint.setAttribute("aria-hidden", "true");
    summary.appendChild(hint);
    details.appendChild(summary);

    var body = el("div", "citation-body");
    if (c.heading) body.appendChild(el("p", "citation-heading", c.heading));
    body.appendChild(el("div", "citation-text", c.text || c.quote || ""));
    var dl = el("dl", "citation-meta");
    metaRow(dl, "法规", c.law);
    metaRow(dl, "版本", c.version);
    metaRow(dl, "章节", Array.isArray(c.path) ? c.path.join(" / ") : c.path);
    metaRow(dl, "施行", formatYmd(c.effective));
    if (c.in_force === false) metaRow(dl, "状态", c.superseded_by ? "已失效，被 " + c.superseded_by + " 取代" : "已失效");
    metaRow(dl, "来源", c.source);
    body.appendChild(dl);
    details.appendChild(body);

    li.appendChild(details);
    return li;
  }

  function renderAnswer(data) {
    var citations = Array.isArray(data.citations) ? data.citations : [];
    var known = {};
    citations.forEach(function (c) { known[c.n] = true; });

    // notices
    clear(els.notices);
    var notices = Array.isArray(data.notices) ? data.notices.filter(Boolean) : [];
    if (notices.length) {
      els.notices.appendChild(el("strong", "notices-title", "注意"));
      var ul = el("ul", "notices-list");
      notices.forEach(function (text) { ul.appendChild(el("li", null, stringify(text))); });
      els.notices.appendChild(ul);
    }
    els.notices.className = "notices" + (data.mode === "extractive-fallback" ? " notices-fallback" : "");
    show(els.notices, notices.length > 0);

    // answer (replaces any draft)
    draft = null;
    clear(els.answer);
    els.answer.className = "answer" + (data.abstained ? " abstained" : "") + (data.mode ? " mode-" + data.mode : "");
    if (data.abstained) els.answer.appendChild(el("p", "abstain-title", "未找到可靠依据"));
    var text = el("p", "answer-text");
    renderAnswerText(text, stringify(data.answer), known);
    els.answer.appendChild(text);
    var modeLine = modeText(data);
    if (!data.abstained && modeLine) els.answer.appendChild(el("p", "answer-mode", modeLine));

    // citations
    clear(els.citations);
    citations.forEach(function (c) { els.citations.appendChild(renderCitation(c)); });
    show(els.citationsTitle, citations.length > 0);

    els.result.removeAttribute("aria-busy");
    show(els.result, true);
  }

  function modeText(data) {
    if (data.mode === "llm") {
      var v = data.verification;
      if (v && typeof v.kept === "number" && typeof v.sentences === "number") {
        return "由大模型生成，已逐句核验引用（保留 " + v.kept + "/" + v.sentences + " 句）";
      }
    }
    return MODES[data.mode] || "";
  }

  /* ---------- draft (LLM tokens, not yet verified) ---------- */

  /* The model's draft as it streams in: plain text only, clearly marked as unverified. It is
   * replaced by the verified answer, or removed if the stream fails. */
  function appendDraft(piece) {
    if (!piece) return;
    if (!draft) {
      clear(els.notices);
      show(els.notices, false);
      clear(els.citations);
      show(els.citationsTitle, false);
      clear(els.answer);
      els.answer.className = "answer draft";
      els.answer.appendChild(el("p", "draft-label", DRAFT_LABEL));
      var p = el("p", "answer-text draft-text");
      var node = document.createTextNode("");
      p.appendChild(node);
      els.answer.appendChild(p);
      draft = { text: "", node: node };
      // the live region would read every token aloud; announce the verified answer instead
      els.result.setAttribute("aria-busy", "true");
      show(els.result, true);
      els.status.textContent = "大模型正在起草，核验引用后显示最终答案…";
      els.ask.textContent = "正在生成…";
      if (els.result.scrollIntoView) els.result.scrollIntoView({ block: "start", behavior: "auto" });
    }
    draft.text += piece;
    draft.node.nodeValue = draft.text;
  }

  /* ---------- request ---------- */

  /* Incremental parser for server-sent events: blocks separated by a blank line, each with
   * "event: NAME" and one or more "data: ..." lines. Calls onEvent(name, dataText). */
  function SseParser(onEvent) {
    this.buffer = "";
    this.onEvent = onEvent;
  }

  SseParser.prototype.push = function (text) {
    this.buffer += text.replace(/\r\n?/g, "\n");
    var idx;
    while ((idx = this.buffer.indexOf("\n\n")) !== -1) {
      var block = this.buffer.slice(0, idx);
      this.buffer = this.buffer.slice(idx + 2);
      this.dispatch(block);
    }
  };

  SseParser.prototype.end = function () {
    var rest = this.buffer;
    this.buffer = "";
    if (rest.trim()) this.dispatch(rest);
  };

  SseParser.prototype.dispatch = function (block) {
    var name = "message";
    var data = [];
    block.split("\n").forEach(function (line) {
      if (!line || line.charAt(0) === ":") return;
      var colon = line.indexOf(":");
      var field = colon === -1 ? line : line.slice(0, colon);
      var value = colon === -1 ? "" : line.slice(colon + 1);
      if (value.charAt(0) === " ") value = value.slice(1);
      if (field === "event") name = value;
      else if (field === "data") data.push(value);
    });
    if (data.length || name !== "message") this.onEvent(name, data.join("\n"));
  };

  /* Reads the event stream of POST /v1/ask; resolves when it ends. */
  function readStream(resp) {
    var state = { answer: null, error: null, done: false, bad: null };

    function onEvent(name, raw) {
      var data = null;
      try { data = raw ? JSON.parse(raw) : {}; } catch (e) { data = null; }
      if (name === "token") {
        if (!state.answer && data && typeof data.text === "string") appendDraft(data.text);
      } else if (name === "answer") {
        if (data && typeof data === "object" && typeof data.answer === "string") {
          state.answer = data;
          renderAnswer(data);
          els.result.scrollIntoView({ block: "start", behavior: "auto" });
        } else {
          state.bad = raw;
        }
      } else if (name === "error") {
        state.error = data && typeof data === "object" ? data : { error: raw };
      } else if (name === "done") {
        state.done = true;
      }
      // "meta" and unknown events need no action
    }

    var parser = new SseParser(onEvent);
    var finish = function () {
      parser.end();
      return state;
    };

    if (!resp.body || typeof resp.body.getReader !== "function" || typeof TextDecoder !== "function") {
      return resp.text().then(function (raw) {
        parser.push(raw);
        return finish();
      });
    }
    var reader = resp.body.getReader();
    var decoder = new TextDecoder("utf-8");
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          parser.push(decoder.decode());
          return finish();
        }
        parser.push(decoder.decode(chunk.value, { stream: true }));
        return pump();
      });
    }
    return pump();
  }

  function streamOutcome(state) {
    if (state.error) {
      var lines = [];
      if (state.error.error !== undefined) lines.push(stringify(state.error.error));
      lines = lines.concat(detailLines(state.error.details));
      if (!lines.length) lines.push("服务器未返回错误说明。");
      if (state.answer) showError("生成答案时出错", lines);
      else failRequest("生成答案时出错", lines);
      return;
    }
    if (!state.answer) {
      var why = state.bad
        ? "服务器返回了无法识别的答案：" + state.bad.slice(0, 300)
        : "连接在收到经核验的答案前中断" + (state.done ? "（服务器未给出答案）" : "") + "。";
      failRequest("未收到最终答案", [why, "草稿未经核验，已隐藏，请重试。"]);
    }
  }

  function readJson(resp) {
    return resp.text().then(function (raw) {
      var body = null;
      try { body = raw ? JSON.parse(raw) : null; } catch (e) { body = null; }
      if (!resp.ok) {
        var msg = httpErrorMessage(resp.status, body, raw);
        failRequest(msg.title, msg.lines);
        return;
      }
      if (!body || typeof body !== "object" || typeof body.answer !== "string") {
        failRequest("服务器返回了无法识别的内容", [raw ? raw.slice(0, 500) : "（空响应）"]);
        return;
      }
      renderAnswer(body);
      els.result.scrollIntoView({ block: "start", behavior: "auto" });
    });
  }

  function submit(question, filters) {
    if (busy) return Promise.resolve();
    hideError();
    setBusy(true);
    draft = null;
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT_MS) : null;
    return fetch(ASK_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ question: question, filters: filters || { in_force_only: true } }),
      signal: controller ? controller.signal : undefined
    })
      .then(function (resp) {
        var type = (resp.headers.get("content-type") || "").toLowerCase();
        // errors (422, 503, …) and servers that ignore the Accept header answer with JSON
        if (!resp.ok || type.indexOf("text/event-stream") === -1) return readJson(resp);
        return readStream(resp).then(streamOutcome);
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") failRequest("请求超时", ["服务器长时间未响应，请稍后重试。"]);
        else failRequest("无法连接服务器", [err && err.message ? err.message : String(err)]);
      })
      .then(function () {
        if (timer) clearTimeout(timer);
        draft = null;
        setBusy(false);
      });
  }

  function onSubmit(ev) {
    if (ev) ev.preventDefault();
    if (busy) return;
    var question = els.question.value.trim();
    if (!question) {
      showError("请输入问题", ["问题不能为空。"]);
      els.question.focus();
      return;
    }
    submit(question, { in_force_only: !els.superseded.checked });
  }

  function init() {
    els.form = $("ask-form");
    els.question = $("question");
    els.ask = $("ask");
    els.superseded = $("include-superseded");
    els.status = $("status");
    els.error = $("error");
    els.result = $("result");
    els.notices = $("notices");
    els.answer = $("answer");
    els.citations = $("citations");
    els.citationsTitle = $("citations-title");

    els.form.addEventListener("submit", onSubmit);
    els.question.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) onSubmit(ev);
    });
    els.question.addEventListener("input", function () {
      if (!els.error.hidden && els.question.value.trim()) hideError();
    });
    $("examples").addEventListener("click", function (ev) {
      var chip = ev.target.closest ? ev.target.closest(".chip") : null;
      if (!chip || busy) return;
      els.question.value = chip.textContent;
      onSubmit(null);
    });
    els.answer.addEventListener("click", function (ev) {
      var ref = ev.target.closest ? ev.target.closest(".cite-ref") : null;
      if (ref) openCitation(ref.getAttribute("data-n"));
    });

    // Small hook for tests and debugging: send a question as-is (no client-side checks).
    window.Jingzhi = { submit: submit, openCitation: openCitation };
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
