/* 警知: small DOM and error helpers shared by the pages, and the sign-in component (JingzhiAuth).
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

  /* ---------- sign-in (every page; the annotator page uses it the same way) ----------
   *
   * JingzhiAuth.start({ roles: [...], onReady: function (user) {...} }) shows a sign-in form until
   * the user is signed in with a role that may use this page, then calls onReady once with
   * /v1/auth/me's answer ({username, roles, pages, expires_in, ...}). The token is kept for the tab
   * only (sessionStorage). JingzhiAuth.fetch(url, init, timeoutMs) is fetch with the token; when
   * the server answers 401 (the token expired mid-session) it asks the user to sign in again and
   * then repeats the same request, so the pending action is not lost. Elements with
   * data-roles="trainer admin" are shown only to those roles.
   */
  var TOKEN_KEY = "jingzhi.token";
  var ROLE_NAMES = { officer: "民警", trainer: "培训员", evaluator: "评测员", annotator: "标注员", admin: "管理员" };
  var PAGE_NAMES = { "/": "问答", "/trainer": "培训", "/eval": "评测", "/annotator": "标注" };

  var auth = { token: null, user: null, options: null, waiting: null, ui: null };

  function readToken() {
    try {
      return window.sessionStorage ? window.sessionStorage.getItem(TOKEN_KEY) : null;
    } catch (e) {
      return auth.token;
    }
  }

  function writeToken(token) {
    auth.token = token;
    try {
      if (!window.sessionStorage) return;
      if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
      else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) {
      /* storage disabled: the token lives in this page only */
    }
  }

  function roleText(roles) {
    return (roles || []).map(function (r) { return ROLE_NAMES[r] || r; }).join("、");
  }

  function field(form, id, label, type, autocomplete) {
    var wrap = el("div", "auth-field");
    var lab = el("label", "auth-label", label);
    lab.setAttribute("for", id);
    var input = el("input", "auth-input");
    input.id = id;
    input.type = type;
    input.required = true;
    input.setAttribute("autocomplete", autocomplete);
    input.maxLength = type === "password" ? 1000 : 64;
    wrap.appendChild(lab);
    wrap.appendChild(input);
    form.appendChild(wrap);
    return input;
  }

  function buildUi() {
    if (auth.ui) return auth.ui;
    var ui = {};
    ui.overlay = el("div", "auth-overlay");
    ui.overlay.id = "auth-overlay";
    ui.overlay.hidden = true;
    var box = el("div", "auth-dialog");
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-modal", "true");
    box.setAttribute("aria-labelledby", "auth-title");
    ui.title = el("h2", "auth-title", "登录警知");
    ui.title.id = "auth-title";
    ui.reason = el("p", "auth-reason");
    ui.reason.id = "auth-reason";
    ui.reason.hidden = true;
    box.appendChild(ui.title);
    box.appendChild(ui.reason);

    ui.form = el("form", "auth-form");
    ui.form.id = "auth-form";
    ui.form.noValidate = true;
    ui.username = field(ui.form, "auth-username", "用户名", "text", "username");
    ui.password = field(ui.form, "auth-password", "密码", "password", "current-password");
    ui.submit = el("button", "auth-submit", "登录");
    ui.submit.type = "submit";
    ui.submit.id = "auth-submit";
    ui.form.appendChild(ui.submit);
    ui.hint = el("p", "auth-hint", "首次启动时，管理员 admin 的一次性密码显示在服务器控制台，并写在数据目录的 initial_admin_password 文件中。");
    ui.form.appendChild(ui.hint);
    box.appendChild(ui.form);

    ui.change = el("form", "auth-form");
    ui.change.id = "auth-change-form";
    ui.change.noValidate = true;
    ui.change.hidden = true;
    ui.change.appendChild(el("p", "auth-reason", "这是一次性密码：请设置新密码后继续。"));
    ui.changeUser = el("input");
    ui.changeUser.type = "text";
    ui.changeUser.hidden = true;
    ui.changeUser.setAttribute("autocomplete", "username");
    ui.change.appendChild(ui.changeUser);
    ui.newPassword = field(ui.change, "auth-new-password", "新密码", "password", "new-password");
    ui.repeatPassword = field(ui.change, "auth-repeat-password", "再次输入新密码", "password", "new-password");
    ui.changeSubmit = el("button", "auth-submit", "设置新密码");
    ui.changeSubmit.type = "submit";
    ui.changeSubmit.id = "auth-change-submit";
    ui.change.appendChild(ui.changeSubmit);
    box.appendChild(ui.change);

    ui.denied = el("div", "auth-denied");
    ui.denied.id = "auth-denied";
    ui.denied.hidden = true;
    box.appendChild(ui.denied);

    ui.error = el("div", "error-box auth-error");
    ui.error.id = "auth-error";
    ui.error.setAttribute("role", "alert");
    ui.error.hidden = true;
    box.appendChild(ui.error);
    ui.overlay.appendChild(box);
    document.body.appendChild(ui.overlay);

    ui.bar = el("div", "auth-bar");
    ui.bar.id = "auth-bar";
    ui.bar.hidden = true;
    ui.nav = el("nav", "auth-nav");
    ui.nav.setAttribute("aria-label", "页面");
    ui.who = el("span", "auth-user");
    ui.who.id = "auth-user";
    ui.signOut = el("button", "auth-signout", "退出");
    ui.signOut.type = "button";
    ui.signOut.id = "auth-signout";
    ui.bar.appendChild(ui.nav);
    ui.bar.appendChild(ui.who);
    ui.bar.appendChild(ui.signOut);
    var topbar = document.querySelector(".topbar");
    (topbar || document.body).appendChild(ui.bar);

    ui.signOut.addEventListener("click", signOut);
    auth.ui = ui;
    return ui;
  }

  function authError(title, lines) {
    showError(auth.ui.error, title, lines);
  }

  function postToken(username, password) {
    var body = "username=" + encodeURIComponent(username) + "&password=" + encodeURIComponent(password);
    return fetch("/v1/auth/token", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: body
    }).then(function (resp) {
      return resp.text().then(function (raw) {
        var data = null;
        try { data = raw ? JSON.parse(raw) : null; } catch (e) { data = null; }
        if (resp.ok && data && data.access_token) return data;
        var err = new Error("sign-in failed");
        err.status = resp.status;
        err.body = data;
        err.retryAfter = resp.headers.get("Retry-After");
        throw err;
      });
    });
  }

  function getMe(token) {
    return fetch("/v1/auth/me", { headers: { Accept: "application/json", Authorization: "Bearer " + token } })
      .then(function (resp) {
        if (!resp.ok) {
          var err = new Error("HTTP " + resp.status);
          err.status = resp.status;
          throw err;
        }
        return resp.json();
      });
  }

  function signInError(err) {
    if (err && err.status === 401) authError("登录失败", ["用户名或密码错误。"]);
    else if (err && err.status === 429) {
      authError("登录失败次数过多", ["请 " + (err.retryAfter || "60") + " 秒后再试。"]);
    } else if (err && err.status) {
      var lines = err.body ? [stringify(err.body.error)].concat(detailLines(err.body.details)) : [];
      authError("登录失败（HTTP " + err.status + "）", lines);
    } else authError("无法连接服务器", [err && err.message ? err.message : String(err)]);
  }

  function setFormBusy(form, busy) {
    Array.prototype.forEach.call(form.querySelectorAll("input, button"), function (n) { n.disabled = busy; });
  }

  /* Shows the form and resolves with the signed-in user (after a password change if needed). */
  function promptSignIn(reason) {
    if (auth.waiting) return auth.waiting;
    var ui = buildUi();
    auth.waiting = new Promise(function (resolve) {
      var pendingPassword = null;
      var pendingToken = null;
      ui.reason.textContent = reason || "";
      ui.reason.hidden = !reason;
      ui.form.hidden = false;
      ui.change.hidden = true;
      ui.denied.hidden = true;
      hideError(ui.error);
      ui.overlay.hidden = false;
      document.body.classList.add("auth-locked");
      if (auth.user && !ui.username.value) ui.username.value = auth.user.username;
      (ui.username.value ? ui.password : ui.username).focus();

      function finish(token) {
        return getMe(token).then(function (user) {
          writeToken(token);
          ui.form.onsubmit = null;
          ui.change.onsubmit = null;
          ui.password.value = "";
          ui.newPassword.value = "";
          ui.repeatPassword.value = "";
          auth.waiting = null;
          resolve(user);
        });
      }

      ui.form.onsubmit = function (ev) {
        ev.preventDefault();
        var name = ui.username.value.trim();
        var password = ui.password.value;
        if (!name || !password) {
          authError("请填写用户名和密码", []);
          return;
        }
        hideError(ui.error);
        setFormBusy(ui.form, true);
        postToken(name, password)
          .then(function (data) {
            if (data.password_change_required) {
              pendingPassword = password;
              pendingToken = data.access_token;
              ui.changeUser.value = name;
              ui.form.hidden = true;
              ui.change.hidden = false;
              ui.newPassword.focus();
              return null;
            }
            return finish(data.access_token);
          })
          .catch(signInError)
          .then(function () { setFormBusy(ui.form, false); });
      };

      ui.change.onsubmit = function (ev) {
        ev.preventDefault();
        var next = ui.newPassword.value;
        if (next !== ui.repeatPassword.value) {
          authError("两次输入的新密码不一致", []);
          return;
        }
        hideError(ui.error);
        setFormBusy(ui.change, true);
        fetch("/v1/auth/password", {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: "Bearer " + pendingToken },
          body: JSON.stringify({ current_password: pendingPassword, new_password: next })
        })
          .then(function (resp) {
            if (resp.ok) return postToken(ui.username.value.trim(), next).then(function (d) { return finish(d.access_token); });
            return resp.json().then(function (body) {
              authError("无法设置新密码", [stringify(body.error)].concat(detailLines(body.details || body.detail)));
            }, function () { authError("无法设置新密码（HTTP " + resp.status + "）", []); });
          })
          .catch(signInError)
          .then(function () { setFormBusy(ui.change, false); });
      };
    });
    return auth.waiting;
  }

  function allowedHere(user) {
    var roles = (auth.options && auth.options.roles) || null;
    if (!roles) return true;
    return (user.roles || []).some(function (r) { return roles.indexOf(r) !== -1; });
  }

  function applyRoles(user) {
    var roles = user.roles || [];
    Array.prototype.forEach.call(document.querySelectorAll("[data-roles]"), function (node) {
      var wanted = node.getAttribute("data-roles").split(/\s+/);
      node.hidden = !roles.some(function (r) { return wanted.indexOf(r) !== -1; });
    });
  }

  function showUser(user) {
    var ui = buildUi();
    auth.user = user;
    ui.who.textContent = user.username + " · " + roleText(user.roles);
    clear(ui.nav);
    (user.pages || []).forEach(function (page) {
      if (page === window.location.pathname) return;
      var a = el("a", "auth-nav-link", PAGE_NAMES[page] || page);
      a.href = page;
      ui.nav.appendChild(a);
    });
    ui.bar.hidden = false;
    applyRoles(user);
  }

  function denied(user) {
    var ui = buildUi();
    ui.form.hidden = true;
    ui.change.hidden = true;
    ui.reason.hidden = true;
    clear(ui.denied);
    ui.denied.appendChild(el("p", "auth-reason", "账号 " + user.username + "（" + roleText(user.roles) + "）无权使用本页面。"));
    (user.pages || []).forEach(function (page) {
      var a = el("a", "auth-submit auth-link", "前往" + (PAGE_NAMES[page] || page) + "页");
      a.href = page;
      ui.denied.appendChild(a);
    });
    var other = el("button", "auth-submit auth-secondary", "换个账号登录");
    other.type = "button";
    other.addEventListener("click", signOut);
    ui.denied.appendChild(other);
    ui.denied.hidden = false;
    ui.overlay.hidden = false;
    document.body.classList.add("auth-locked");
  }

  function ready(user) {
    showUser(user);
    if (!allowedHere(user)) {
      denied(user);
      return;
    }
    auth.ui.overlay.hidden = true;
    document.body.classList.remove("auth-locked");
    if (auth.options && auth.options.onReady && !auth.started) {
      auth.started = true;
      auth.options.onReady(user);
    }
  }

  function start(options) {
    auth.options = options || {};
    buildUi();
    var token = readToken();
    auth.token = token;
    document.body.classList.add("auth-locked");
    var first = token
      ? getMe(token).catch(function () {
          writeToken(null);
          return promptSignIn("");
        })
      : promptSignIn("");
    return first.then(ready);
  }

  function signOut() {
    writeToken(null);
    auth.user = null;
    window.location.reload();
  }

  /* fetch with the bearer token; a 401 asks for a new sign-in and repeats the request once. */
  function authFetch(url, init, timeoutMs) {
    function attempt() {
      var opts = {};
      Object.keys(init || {}).forEach(function (k) { opts[k] = init[k]; });
      var headers = {};
      Object.keys((init && init.headers) || {}).forEach(function (k) { headers[k] = init.headers[k]; });
      if (auth.token) headers.Authorization = "Bearer " + auth.token;
      opts.headers = headers;
      var controller = timeoutMs && typeof AbortController === "function" ? new AbortController() : null;
      var timer = null;
      if (controller) {
        opts.signal = controller.signal;
        timer = setTimeout(function () { controller.abort(); }, timeoutMs);
      }
      return fetch(url, opts).then(
        function (resp) {
          if (timer) clearTimeout(timer);
          return resp;
        },
        function (err) {
          if (timer) clearTimeout(timer);
          throw err;
        }
      );
    }
    return attempt().then(function (resp) {
      if (resp.status !== 401) return resp;
      writeToken(null);
      return promptSignIn("登录已过期，请重新登录；登录后将继续刚才的操作。").then(function (user) {
        ready(user);
        return attempt();
      });
    });
  }

  global.JingzhiAuth = {
    start: start,
    fetch: authFetch,
    signOut: signOut,
    user: function () { return auth.user; },
    roleNames: ROLE_NAMES
  };
})(window);
