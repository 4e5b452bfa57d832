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

  /* District profile: it only reorders the example questions and the scene lessons offered
   * first (and is passed to the API, which may rank accordingly); no law is ever hidden. */
  var DISTRICT_KEY = "jingzhi.district";
  var CASE_TYPES = [
    "消费场所/酒吧冲突",
    "寻衅滋事",
    "涉外盗窃",
    "诈骗",
    "游客走失",
    "非法入境",
    "非法居留",
    "非法就业",
    "留学生冲突",
    "交通事故",
    "经济纠纷",
    "宗教习俗相关冲突",
    "领事通报与探视",
    "醉酒"
  ];
  var CASE_QUESTIONS = {
    "消费场所/酒吧冲突": "外国人在酒吧打架怎么处理？",
    "寻衅滋事": "外国人在公共场所起哄闹事怎么处理？",
    "涉外盗窃": "外国游客财物被盗如何受理？",
    "诈骗": "外国人被诈骗报警，民警如何受理？",
    "游客走失": "外国游客走失怎么处置？",
    "非法入境": "发现外国人非法入境怎么处理？",
    "非法居留": "外国人签证过期滞留怎么处罚？",
    "非法就业": "外国人无证打工怎么处理？",
    "留学生冲突": "外国留学生之间发生冲突怎么处理？",
    "交通事故": "外国人发生交通事故怎么处理？",
    "经济纠纷": "外国人与商户发生经济纠纷怎么处理？",
    "宗教习俗相关冲突": "因宗教习俗引发的涉外纠纷怎么处置？",
    "领事通报与探视": "外国人被拘留后如何通知领事？",
    "醉酒": "醉酒的外国人闹事，民警可以约束吗？"
  };
  var COUNTRY_ZH = {
    Russia: "俄罗斯",
    Nigeria: "尼日利亚",
    Pakistan: "巴基斯坦",
    India: "印度",
    "South Korea": "韩国",
    Japan: "日本",
    "United States": "美国",
    France: "法国",
    Thailand: "泰国",
    "Saudi Arabia": "沙特阿拉伯",
    Egypt: "埃及",
    Vietnam: "越南",
    "United Kingdom": "英国",
    Germany: "德国",
    Ukraine: "乌克兰",
    Kazakhstan: "哈萨克斯坦",
    Italy: "意大利",
    Spain: "西班牙",
    Canada: "加拿大",
    Australia: "澳大利亚",
    Malaysia: "马来西亚",
    Indonesia: "印度尼西亚",
    Philippines: "菲律宾",
    Mongolia: "蒙古",
    Brazil: "巴西",
    Turkey: "土耳其",
    Iran: "伊朗",
    Afghanistan: "阿富汗",
    Bangladesh: "孟加拉国",
    Singapore: "新加坡",
    "United Arab Emirates": "阿联酋"
  };
  var MORE_NATIONALITIES = [
    "Russia",
    "United States",
    "Japan",
    "South Korea",
    "Saudi Arabia",
    "Egypt",
    "Vietnam",
    "Nigeria",
    "Pakistan",
    "India",
    "United Kingdom",
    "Germany",
    "France",
    "Thailand"
  ];
  var LANG_NAMES = { en: "英语", ru: "俄语", ar: "阿拉伯语", ja: "日语", ko: "韩语", fr: "法语", es: "西班牙语" };
  var MAX_EXAMPLES = 6;

  var els = {};
  var busy = false;
  /* The question the shown answer belongs to (sent with the officer's feedback). */
  var askedQuestion = "";
  var draft = null; // {text, node} while an unverified draft is on screen
  var districts = {
    byId: {},
    order: [],
    current: null, // the selected district id
    explicit: false, // chosen by the officer (and remembered), not just the suggested default
    serverDefault: null // the unit's configured district: the server applies it anyway
  };
  var staticExamples = [];
  var lessonSeq = 0;
  var lessonTouched = { nationality: false, caseType: false };

  var $ = JingzhiDom.$;
  var el = JingzhiDom.el;
  var show = JingzhiDom.show;
  var clear = JingzhiDom.clear;
  var stringify = JingzhiDom.stringify;
  var detailLines = JingzhiDom.detailLines;

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
    JingzhiDom.showError(els.error, title, lines);
  }

  function hideError() {
    JingzhiDom.hideError(els.error);
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
    renderFeedback(data, citations);

    els.result.removeAttribute("aria-busy");
    show(els.result, true);
  }

  /* 👍 / 👎 with an optional comment: the evaluators' feedback queue (POST /v1/feedback). */
  function renderFeedback(data, citations) {
    var box = els.feedback;
    clear(box);
    var row = el("div", "feedback-row");
    row.appendChild(el("span", "feedback-ask", "这个回答有帮助吗？"));
    var up = el("button", "feedback-btn", "👍");
    var down = el("button", "feedback-btn", "👎");
    up.type = down.type = "button";
    up.setAttribute("aria-label", "有帮助");
    down.setAttribute("aria-label", "有错误或没帮助");
    up.setAttribute("data-vote", "up");
    down.setAttribute("data-vote", "down");
    var comment = el("input", "feedback-comment");
    comment.type = "text";
    comment.maxLength = 2000;
    comment.placeholder = "可选：哪里不对或缺了什么";
    comment.setAttribute("aria-label", "反馈说明（可选）");
    var status = el("span", "feedback-status");
    status.setAttribute("role", "status");
    function send(vote) {
      up.disabled = down.disabled = true;
      var body = {
        question: askedQuestion || "（未知问题）",
        answer: stringify(data.answer).slice(0, 16000),
        citations: citations.slice(0, 30).map(function (c) {
          return { n: c.n || 0, article_id: (c.source || "") + (c.article ? "#" + c.article : ""), label: citationTitle(c).slice(0, 300) };
        }),
        vote: vote,
        comment: comment.value.trim()
      };
      JingzhiAuth.fetch("/v1/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body)
      }, 30000)
        .then(function (resp) {
          if (!resp.ok) throw new Error("HTTP " + resp.status);
          status.textContent = vote === "up" ? "已记录：有帮助。谢谢！" : "已记录：有问题。评测员会查看。";
          box.setAttribute("data-sent", vote);
        })
        .catch(function (err) {
          up.disabled = down.disabled = false;
          status.textContent = "反馈未发送：" + (err && err.message ? err.message : String(err));
        });
    }
    up.addEventListener("click", function () { send("up"); });
    down.addEventListener("click", function () { send("down"); });
    row.appendChild(up);
    row.appendChild(down);
    box.appendChild(row);
    box.appendChild(comment);
    box.appendChild(status);
    box.removeAttribute("data-sent");
    show(box, true);
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
    askedQuestion = question;
    hideError();
    setBusy(true);
    draft = null;
    // The timeout runs per attempt: a sign-in in between (token expired) does not count.
    return JingzhiAuth.fetch(ASK_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify(askBody(question, filters))
    }, TIMEOUT_MS)
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
        draft = null;
        setBusy(false);
      });
  }

  function askBody(question, filters) {
    var body = { question: question, filters: filters || { in_force_only: true } };
    var district = askDistrict();
    if (district) body.district = district;
    return body;
  }

  /* The district sent with questions: the officer's choice, or the unit's configured default.
   * A district that is only the suggested default (nothing configured, nothing chosen yet) orders
   * the examples and lessons but is not sent, so answers match what the server would give. */
  function askDistrict() {
    var id = districts.current;
    if (!id || !districts.byId[id]) return null;
    return districts.explicit || id === districts.serverDefault ? id : null;
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

  /* ---------- districts ---------- */

  function storedDistrict() {
    try {
      return window.localStorage ? window.localStorage.getItem(DISTRICT_KEY) : null;
    } catch (e) {
      return null; // storage disabled (private mode, policy)
    }
  }

  function storeDistrict(id) {
    try {
      if (window.localStorage) window.localStorage.setItem(DISTRICT_KEY, id);
    } catch (e) {
      /* not remembered across reloads, still used on this page */
    }
  }

  function currentProfile() {
    return districts.current ? districts.byId[districts.current] || null : null;
  }

  function loadDistricts() {
    return JingzhiAuth.fetch("/v1/districts", { headers: { Accept: "application/json" } })
      .then(function (resp) {
        if (!resp.ok) throw new Error("HTTP " + resp.status);
        return resp.json();
      })
      .then(function (data) {
        var list = data && Array.isArray(data.districts) ? data.districts : [];
        clear(els.district);
        list.forEach(function (d) {
          if (!d || !d.id) return;
          districts.byId[d.id] = d;
          districts.order.push(d.id);
          // the select is narrow on a phone: "萧山区（机场、开发区）" shows as "萧山区"
          var full = d.name || d.id;
          var short = full.split(/[（(]/)[0].trim() || full;
          var opt = el("option", null, short);
          opt.value = d.id;
          opt.title = full;
          els.district.appendChild(opt);
        });
        districts.serverDefault = data && data.default ? data.default : null;
        var stored = storedDistrict();
        if (stored && districts.byId[stored]) {
          districts.current = stored;
          districts.explicit = true;
        } else {
          var fallback = (data && (data.default || data.suggested_default)) || districts.order[0] || null;
          districts.current = fallback && districts.byId[fallback] ? fallback : null;
          districts.explicit = false;
        }
        if (!districts.order.length) {
          els.district.appendChild(el("option", null, "未配置辖区"));
          els.district.disabled = true;
        } else {
          els.district.value = districts.current || "";
        }
        applyDistrict();
      })
      .catch(function () {
        clear(els.district);
        els.district.appendChild(el("option", null, "辖区不可用"));
        els.district.disabled = true;
        applyDistrict();
      });
  }

  function onDistrictChange() {
    var id = els.district.value;
    if (!districts.byId[id]) return;
    districts.current = id;
    districts.explicit = true;
    storeDistrict(id);
    applyDistrict();
  }

  function applyDistrict() {
    renderExamples(currentProfile());
    fillLessonSelects(currentProfile());
    loadSuggestedLessons();
  }

  /* Example questions: the district's frequent case types first, then the general examples. */
  function renderExamples(profile) {
    var items = [];
    var seen = {};
    function add(text, caseType) {
      if (!text || seen[text]) return;
      seen[text] = true;
      items.push({ text: text, caseType: caseType });
    }
    (profile && Array.isArray(profile.frequent_case_types) ? profile.frequent_case_types : []).forEach(function (ct) {
      if (items.length < 4) add(CASE_QUESTIONS[ct], ct);
    });
    staticExamples.forEach(function (text) { add(text, null); });
    if (items.length > MAX_EXAMPLES) {
      // keep the cross-language example (English article reference) among the first ones
      var keep = items.filter(function (it) { return /[A-Za-z]/.test(it.text) && !it.caseType; })[0];
      items = items.slice(0, MAX_EXAMPLES);
      if (keep && items.indexOf(keep) === -1) items[MAX_EXAMPLES - 1] = keep;
    }
    clear(els.examples);
    items.forEach(function (it) {
      var chip = el("button", "chip", it.text);
      chip.type = "button";
      if (it.caseType) chip.setAttribute("data-case-type", it.caseType);
      els.examples.appendChild(chip);
    });
    els.examplesTitle.textContent = profile ? "示例问题 · " + (profile.name || profile.id) + "常见警情在前" : "示例问题";
  }

  /* ---------- 问答 / 现场速记 tabs ---------- */

  function selectView(name) {
    var scene = name === "scene";
    show(els.askView, !scene);
    show(els.scenePanel, scene);
    els.askTab.classList.toggle("is-active", !scene);
    els.sceneTab.classList.toggle("is-active", scene);
    els.askTab.setAttribute("aria-selected", scene ? "false" : "true");
    els.sceneTab.setAttribute("aria-selected", scene ? "true" : "false");
  }

  /* ---------- scene lessons ---------- */

  function countryName(en) {
    return COUNTRY_ZH[en] || en;
  }

  function addOptions(select, label, values, labelOf) {
    if (!values.length) return;
    var group = document.createElement("optgroup");
    group.label = label;
    values.forEach(function (v) {
      var opt = el("option", null, labelOf(v));
      opt.value = v;
      group.appendChild(opt);
    });
    select.appendChild(group);
  }

  function fillLessonSelects(profile) {
    var prevNat = els.lessonNationality.value;
    var prevCase = els.lessonCaseType.value;
    // Nationalities are never suggested (no district or case type pre-selects one): "不限" first,
    // then every nationality in one list; the card shows a nationality's notes only when chosen.
    var common = [];
    var more = MORE_NATIONALITIES.slice();
    clear(els.lessonNationality);
    var any = el("option", null, "不限国籍");
    any.value = "";
    els.lessonNationality.appendChild(any);
    addOptions(els.lessonNationality, "国籍（仅显示所选国籍的文化提示）", more, countryName);

    var frequent = profile && Array.isArray(profile.frequent_case_types) ? profile.frequent_case_types.slice() : [];
    frequent = frequent.filter(function (c) { return CASE_TYPES.indexOf(c) !== -1; });
    var others = CASE_TYPES.filter(function (c) { return frequent.indexOf(c) === -1; });
    clear(els.lessonCaseType);
    addOptions(els.lessonCaseType, "本辖区常见", frequent, String);
    addOptions(els.lessonCaseType, frequent.length ? "其他警情" : "警情类型", others, String);

    // An officer's own choice survives a district change; otherwise the district's first ones.
    var natValues = [""].concat(common).concat(more);
    els.lessonNationality.value = lessonTouched.nationality && natValues.indexOf(prevNat) !== -1 ? prevNat : natValues[0];
    var caseValues = frequent.concat(others);
    els.lessonCaseType.value = lessonTouched.caseType && caseValues.indexOf(prevCase) !== -1 ? prevCase : caseValues[0];
  }

  function loadSuggestedLessons() {
    var id = districts.current;
    clear(els.lessonSuggested);
    show(els.lessonSuggestedBox, false);
    if (!id) return;
    JingzhiAuth.fetch("/v1/lessons/suggested?district=" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then(function (resp) {
        if (!resp.ok) throw new Error("HTTP " + resp.status);
        return resp.json();
      })
      .then(function (items) {
        if (id !== districts.current || !Array.isArray(items)) return;
        clear(els.lessonSuggested);
        items.forEach(function (it) {
          if (!it || !it.case_type) return;
          // a reason means the district's case trend put it first (case type and time only)
          var chip = el("button", "lesson-chip", it.reason ? it.case_type + " · " + it.reason : it.case_type);
          chip.type = "button";
          chip.setAttribute("data-case-type", it.case_type);
          els.lessonSuggested.appendChild(chip);
        });
        show(els.lessonSuggestedBox, els.lessonSuggested.childNodes.length > 0);
      })
      .catch(function () {
        /* suggestions are optional: the selects still work */
      });
  }

  function selectValue(select, value) {
    var found = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    if (!found && value) {
      var opt = el("option", null, select === els.lessonNationality ? countryName(value) : value);
      opt.value = value;
      select.appendChild(opt);
    }
    select.value = value;
  }

  function lessonError(title, lines) {
    clear(els.lessonError);
    els.lessonError.appendChild(el("strong", "error-title", title));
    (lines || []).forEach(function (line) {
      if (line) els.lessonError.appendChild(el("p", "error-line", line));
    });
    show(els.lessonError, true);
  }

  function openLesson(ev) {
    if (ev) ev.preventDefault();
    var params = [];
    var nationality = els.lessonNationality.value;
    var caseType = els.lessonCaseType.value;
    if (nationality) params.push("nationality=" + encodeURIComponent(nationality));
    if (caseType) params.push("case_type=" + encodeURIComponent(caseType));
    if (districts.current) params.push("district=" + encodeURIComponent(districts.current));
    var seq = ++lessonSeq;
    clear(els.lessonError);
    show(els.lessonError, false);
    els.lessonStatus.textContent = "正在整理速记…";
    show(els.lessonStatus, true);
    els.lessonOpen.disabled = true;
    JingzhiAuth.fetch("/v1/lessons" + (params.length ? "?" + params.join("&") : ""), { headers: { Accept: "application/json" } })
      .then(function (resp) {
        return resp.text().then(function (raw) {
          var body = null;
          try { body = raw ? JSON.parse(raw) : null; } catch (e) { body = null; }
          if (seq !== lessonSeq) return;
          if (!resp.ok) {
            var msg = httpErrorMessage(resp.status, body, raw);
            show(els.lesson, false);
            lessonError(msg.title.replace("问题无法提交", "无法生成速记"), msg.lines);
            return;
          }
          if (!body || typeof body !== "object" || typeof body.title !== "string") {
            show(els.lesson, false);
            lessonError("服务器返回了无法识别的内容", [raw ? raw.slice(0, 300) : "（空响应）"]);
            return;
          }
          renderLesson(body);
          if (els.lesson.scrollIntoView) els.lesson.scrollIntoView({ block: "start", behavior: "auto" });
        });
      })
      .catch(function (err) {
        if (seq !== lessonSeq) return;
        show(els.lesson, false);
        lessonError("无法连接服务器", [err && err.message ? err.message : String(err)]);
      })
      .then(function () {
        if (seq !== lessonSeq) return;
        els.lessonStatus.textContent = "";
        show(els.lessonStatus, false);
        els.lessonOpen.disabled = false;
      });
  }

  function lessonRef(n, known) {
    if (n === null || n === undefined || !known[n]) return null;
    var ref = el("button", "cite-ref lesson-ref", "[" + n + "]");
    ref.type = "button";
    ref.setAttribute("data-n", String(n));
    ref.setAttribute("aria-label", "查看引用 " + n);
    return ref;
  }

  function lessonSection(title, items, render) {
    var section = el("section", "lesson-section");
    section.appendChild(el("h3", "lesson-section-title", title));
    if (!items.length) {
      section.appendChild(el("p", "lesson-empty", "知识库中暂无相关内容。"));
      return section;
    }
    section.appendChild(render(items));
    return section;
  }

  function renderLesson(lesson) {
    var citations = Array.isArray(lesson.citations) ? lesson.citations : [];
    var known = {};
    citations.forEach(function (c) { known[c.n] = true; });
    var card = els.lesson;
    clear(card);

    var head = el("header", "lesson-head");
    head.appendChild(el("h2", "lesson-title", lesson.title));
    var minutes = typeof lesson.minutes === "number" ? lesson.minutes : 0;
    var chars = typeof lesson.chinese_chars === "number" ? lesson.chinese_chars : 0;
    var meta = el("p", "lesson-meta", "约 " + minutes + " 分钟 · " + chars + " 字");
    meta.setAttribute("data-chars", String(chars));
    head.appendChild(meta);
    card.appendChild(head);

    function points(list) {
      var ul = el("ul", "lesson-points");
      list.forEach(function (p) {
        var li = el("li", null, p.text);
        var ref = lessonRef(p.n, known);
        if (ref) li.appendChild(ref);
        ul.appendChild(li);
      });
      return ul;
    }
    card.appendChild(lessonSection("文化提示", Array.isArray(lesson.culture) ? lesson.culture : [], points));
    card.appendChild(lessonSection("法律要点", Array.isArray(lesson.law) ? lesson.law : [], points));
    card.appendChild(
      lessonSection("常用语", Array.isArray(lesson.phrases) ? lesson.phrases : [], function (list) {
        var ul = el("ul", "lesson-phrases");
        list.forEach(function (p) {
          var li = el("li", "lesson-phrase");
          li.appendChild(el("span", "lesson-phrase-zh", p.zh));
          if (p.foreign) {
            var f = el("span", "lesson-phrase-foreign", p.foreign);
            if (p.lang) {
              f.setAttribute("lang", p.lang);
              if (p.lang === "ar") f.setAttribute("dir", "rtl");
            }
            li.appendChild(f);
            if (p.lang) li.appendChild(el("span", "lesson-phrase-lang", LANG_NAMES[p.lang] || p.lang));
          }
          ul.appendChild(li);
        });
        return ul;
      })
    );

    if (citations.length) {
      var section = el("section", "lesson-section");
      section.appendChild(el("h3", "lesson-section-title", "引用依据"));
      var ol = el("ol", "lesson-citations");
      citations.forEach(function (c) {
        var li = el("li", "lesson-citation");
        li.id = "lesson-cite-" + c.n;
        li.setAttribute("data-n", String(c.n));
        var headLine = el("div", "lesson-cite-head");
        headLine.appendChild(el("span", "lesson-cite-n", "[" + c.n + "]"));
        var isNote = c.doc_type === "taboo";
        headLine.appendChild(
          document.createTextNode(isNote ? c.short || c.article || "" : "《" + (c.short || "") + "》" + (c.article || ""))
        );
        li.appendChild(headLine);
        var badges = el("div", "badges");
        var dt = c.doc_type || "law";
        badges.appendChild(el("span", "badge badge-" + (DOC_TYPES[dt] ? dt : "other"), DOC_TYPES[dt] || dt));
        if (c.review_status && /review/.test(c.review_status)) {
          badges.appendChild(el("span", "badge badge-void", "待专家审核"));
        }
        li.appendChild(badges);
        if (c.quote) li.appendChild(el("blockquote", "lesson-cite-quote", c.quote));
        if (c.source) li.appendChild(el("span", "lesson-cite-source", "来源：" + c.source));
        ol.appendChild(li);
      });
      section.appendChild(ol);
      card.appendChild(section);
    }
    show(card, true);
  }

  function openLessonCitation(n) {
    var item = document.getElementById("lesson-cite-" + n);
    if (!item) return;
    item.classList.remove("flash");
    void item.offsetWidth;
    item.classList.add("flash");
    item.scrollIntoView({ block: "start", behavior: "auto" });
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
    els.feedback = $("feedback");
    els.citationsTitle = $("citations-title");
    els.examples = $("examples");
    els.examplesTitle = $("examples-title");
    els.district = $("district");
    els.askTab = $("ask-tab");
    els.sceneTab = $("scene-tab");
    els.askView = $("ask-view");
    els.scenePanel = $("scene-panel");
    els.lessonForm = $("lesson-form");
    els.lessonNationality = $("lesson-nationality");
    els.lessonCaseType = $("lesson-case-type");
    els.lessonOpen = $("lesson-open");
    els.lessonSuggested = $("lesson-suggested");
    els.lessonSuggestedBox = els.lessonSuggested.parentNode;
    els.lessonStatus = $("lesson-status");
    els.lessonError = $("lesson-error");
    els.lesson = $("lesson");
    Array.prototype.forEach.call(els.examples.querySelectorAll(".chip"), function (chip) {
      staticExamples.push(chip.textContent);
    });

    els.form.addEventListener("submit", onSubmit);
    els.question.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) onSubmit(ev);
    });
    els.question.addEventListener("input", function () {
      if (!els.error.hidden && els.question.value.trim()) hideError();
    });
    els.examples.addEventListener("click", function (ev) {
      var chip = ev.target.closest ? ev.target.closest(".chip") : null;
      if (!chip || busy) return;
      els.question.value = chip.textContent;
      onSubmit(null);
    });
    els.answer.addEventListener("click", function (ev) {
      var ref = ev.target.closest ? ev.target.closest(".cite-ref") : null;
      if (ref) openCitation(ref.getAttribute("data-n"));
    });

    els.district.addEventListener("change", onDistrictChange);
    els.askTab.addEventListener("click", function () { selectView("ask"); });
    els.sceneTab.addEventListener("click", function () { selectView("scene"); });
    els.lessonForm.addEventListener("submit", openLesson);
    els.lessonNationality.addEventListener("change", function () { lessonTouched.nationality = true; });
    els.lessonCaseType.addEventListener("change", function () { lessonTouched.caseType = true; });
    els.lessonSuggested.addEventListener("click", function (ev) {
      var chip = ev.target.closest ? ev.target.closest(".lesson-chip") : null;
      if (!chip) return;
      // A suggestion sets the case type only; the nationality stays what the officer chose.
      selectValue(els.lessonCaseType, chip.getAttribute("data-case-type") || "");
      lessonTouched.caseType = true;
      openLesson(null);
    });
    els.lesson.addEventListener("click", function (ev) {
      var ref = ev.target.closest ? ev.target.closest(".lesson-ref") : null;
      if (ref) openLessonCitation(ref.getAttribute("data-n"));
    });
    fillLessonSelects(null);

    // Small hook for tests and debugging: send a question as-is (no client-side checks).
    window.Jingzhi = { submit: submit, openCitation: openCitation, openLesson: openLesson };
    // Every signed-in role may ask; the data (districts, lessons) loads once signed in.
    JingzhiAuth.start({ roles: null, onReady: function () { loadDistricts(); } });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
