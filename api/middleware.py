"""The ASGI middleware that stands before every route, outermost first:

1. :class:`AuditTrail` finds the route and its permission rule, and writes the audit row when
   the response is done (whatever its status: 401, 403, 413, 429 and 503 included);
2. :class:`ConcurrencyLimit` lets at most N API requests run at once (others wait a little, then
   503), so slow LLM calls cannot take every worker thread: ``/healthz`` is outside the limit;
3. :class:`AccessControl` enforces the permission table (api/permissions.py): 401 without a valid
   token, 403 for a role the route does not allow. It runs before anything reads the body, which
   a FastAPI dependency could not do (FastAPI parses the body before it runs dependencies, so a
   malformed body would get 422 before the dependency could say 401);
4. :class:`RateLimit` applies slowapi's per-user limits (429 with Retry-After);
5. :class:`BodyLimit` refuses bodies over the limit with 413, by Content-Length or, for chunked
   bodies, by counting, before the route sees any of it.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import anyio
from slowapi.middleware import SlowAPIASGIMiddleware
from sqlalchemy.exc import OperationalError
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.audit import AuditEntry
from api.db import DatabaseError
from api.permissions import UNKNOWN_API, RateClass, Rule, rule_for
from api.security import TOKEN_REJECTED, Security, current_rate_class
from api.tokens import IdentityProviderError, TokenError

log = logging.getLogger(__name__)
#: Longer Authorization headers are refused without parsing.
MAX_TOKEN_CHARS = 8192
#: A route the table has no entry for: nobody may call it.
DENY = Rule(frozenset())
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


async def send_json(send: Send, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
    """A complete JSON response."""
    data = json.dumps(body, ensure_ascii=False).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": data})


def resolve(scope: Scope) -> tuple[str | None, Rule]:
    """The matching route's path template and its rule (routes without an entry: DENY)."""
    partial = None
    for route in scope["app"].router.routes:
        match, _ = route.matches(scope)
        if match is Match.FULL:
            template: str = route.path
            rule = rule_for(scope["method"], template)
            if rule is None:
                log.error("route %s %s has no entry in the permission table: refused", scope["method"], template)
                return template, DENY
            return template, rule
        if match is Match.PARTIAL and partial is None:
            partial = route.path
    path: str = scope["path"]
    if partial is not None or path.startswith("/v1"):
        return partial, UNKNOWN_API  # 405/404 after sign-in; nothing is said about the API without a token
    return None, Rule(None, rate="anonymous")


def _security(scope: Scope) -> Security:
    security: Security = scope["app"].state.security
    return security


class AuditTrail:
    """One audit row per request (not for the liveness probe and static assets)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        template, rule = resolve(scope)
        state["route_template"], state["rule"], state["rate_class"] = template, rule, rule.rate
        started = time.monotonic()
        status = 0

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, capture)
        except BaseException:
            status = status or 500
            raise
        finally:
            if rule.audit:
                with anyio.CancelScope(shield=True):
                    await self._record(scope, template, status, started)

    async def _record(self, scope: Scope, template: str | None, status: int, started: float) -> None:
        state = scope.get("state", {})
        principal = state.get("principal")
        entry = AuditEntry(
            method=scope["method"],
            route=template or f"(no route) {scope['path'][:150]}",
            status=status,
            username=principal.username if principal else None,
            role=principal.role if principal else None,
            question=state.get("audit_question"),
            detail=dict(state.get("audit_detail") or {}),
            duration_ms=int((time.monotonic() - started) * 1000),
        )
        try:
            audit = _security(scope).audit
            await anyio.to_thread.run_sync(lambda: audit().append(entry))
        except Exception:
            log.exception("could not write the audit row of %s %s (%s)", entry.method, entry.route, status)


class ConcurrencyLimit:
    """At most ``limit`` requests under /v1 at once; a request that finds no free slot within
    ``timeout_s`` gets 503 with Retry-After."""

    def __init__(self, app: ASGIApp, limit: int, timeout_s: float) -> None:
        self.app = app
        self.limit = limit
        self.timeout_s = timeout_s
        self._slots: anyio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1"):
            await self.app(scope, receive, send)
            return
        if self._slots is None:
            self._slots = anyio.Semaphore(self.limit)
        slots = self._slots
        try:
            slots.acquire_nowait()
        except anyio.WouldBlock:
            got = False
            if self.timeout_s > 0:
                with anyio.move_on_after(self.timeout_s):
                    await slots.acquire()
                    got = True
            if not got:
                await send_json(
                    send,
                    503,
                    {
                        "error": "server busy",
                        "details": f"all {self.limit} request slots are in use; try again shortly",
                    },
                    {"Retry-After": "2"},
                )
                return
        try:
            await self.app(scope, receive, send)
        finally:
            slots.release()


def _bearer(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            text = value.decode("latin-1").strip()
            scheme, _, token = text.partition(" ")
            token = token.strip()
            if scheme.lower() == "bearer" and token and len(token) <= MAX_TOKEN_CHARS:
                return str(token)
            return None
    return None


class AccessControl:
    """Enforces the permission table before the route (or anything that reads the body) runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        rule: Rule = state.get("rule") or resolve(scope)[1]
        template = state.get("route_template") or scope["path"]
        if rule.roles is None:
            await self.app(scope, receive, send)
            return
        token = _bearer(scope)
        if token is None:
            await _unauthorized(send)
            return
        security = _security(scope)
        try:
            principal = await anyio.to_thread.run_sync(lambda: security.authenticator().authenticate(token))
        except TokenError as exc:
            log.debug("token rejected: %s", exc)
            await _unauthorized(send)
            return
        except IdentityProviderError as exc:
            log.warning("%s", exc)
            await send_json(send, 503, {"error": "identity provider unavailable", "details": str(exc)})
            return
        except (DatabaseError, OperationalError) as exc:
            detail = str(exc) if isinstance(exc, DatabaseError) else f"database error: {type(exc).__name__}"
            await send_json(send, 503, {"error": "database unavailable", "details": detail})
            return
        state["principal"] = principal
        if principal.must_change_password and not rule.during_password_change:
            await send_json(
                send,
                403,
                {
                    "error": "password change required",
                    "details": "this one-time password must be changed first: POST /v1/auth/password",
                },
            )
            return
        if not principal.roles & rule.roles:
            allowed = ", ".join(sorted(rule.roles)) or "nobody"
            await send_json(
                send,
                403,
                {
                    "error": "forbidden",
                    "details": f"{scope['method']} {template} is for: {allowed}; "
                    f"{principal.username} is signed in as {principal.role or 'no role'}",
                },
            )
            return
        await self.app(scope, receive, send)


async def _unauthorized(send: Send) -> None:
    await send_json(send, 401, {"error": "not signed in", "details": TOKEN_REJECTED}, {"WWW-Authenticate": "Bearer"})


class RateLimit:
    """slowapi's per-user limits (api/security.py: make_limiter), not for the liveness probe.

    slowapi's ASGI middleware sends the response start again before every body chunk (its open
    issue #249), which breaks streamed answers; the send given to it here passes the first start
    only. It also puts Retry-After on every response when headers are on: kept only on 429."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.limited = SlowAPIASGIMiddleware(app)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rule: Rule | None = scope.get("state", {}).get("rule")
        if scope["type"] != "http" or rule is None or rule.rate == "none":
            await self.app(scope, receive, send)
            return
        rate: RateClass = rule.rate if scope["state"].get("principal") else "anonymous"
        started = False

        async def once(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                if started:
                    return
                started = True
                if message["status"] != 429:
                    headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"retry-after"]
                    message = {**message, "headers": headers}
            await send(message)

        reset = current_rate_class.set(rate)
        try:
            await self.limited(scope, receive, once)
        finally:
            current_rate_class.reset(reset)


class BodyLimit:
    """413 for request bodies over ``max_bytes`` (declared or, when chunked, counted)."""

    def __init__(self, app: ASGIApp, max_bytes: int, larger: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        #: Exact paths with their own limit (case uploads).
        self.larger = dict(larger or {})

    async def _too_large(self, send: Send, limit: int) -> None:
        await send_json(
            send,
            413,
            {"error": "request too large", "details": f"the request body is over the limit of {limit} bytes"},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope.get("path", ""), self.max_bytes)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await send_json(send, 400, {"error": "invalid request", "details": "bad Content-Length"})
                    return
                if declared > limit:
                    await self._too_large(send, limit)
                    return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            total += len(body)
            if total > limit:
                await self._too_large(send, limit)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
