"""Identity, audit and limits put together for one app: built from :class:`Settings` and the
relational database, lazily (the database is opened on the first request that needs it, so
``/healthz`` answers even when the database is down)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from limits import RateLimitItemPerMinute
from slowapi import Limiter

from api.audit import AuditLog
from api.config import Settings
from api.db import Database
from api.permissions import RateClass
from api.tokens import Authenticator, OIDCVerifier, Principal, TokenIssuer, UserRecord, load_or_create_key
from api.users import UserInfo, UserStore

#: The one message of every rejected token, whatever was wrong with it.
TOKEN_REJECTED = "sign in again: the access token is missing, expired or not valid"  # noqa: S105 - a message
#: The one message of every failed sign-in, whatever was wrong.
SIGNIN_REJECTED = "wrong user name or password"


#: The rate class of the request being checked (set by api/middleware.py: RateLimit).
current_rate_class: ContextVar[RateClass] = ContextVar("current_rate_class", default="anonymous")


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


class SigninThrottle:
    """At most N failed sign-ins per minute per user name (counted in the rate limiter's storage)."""

    def __init__(self, limiter: Limiter, per_minute: int) -> None:
        self.item = RateLimitItemPerMinute(per_minute)
        self.limiter = limiter

    def retry_after(self, username: str) -> int | None:
        """Seconds to wait when the name has used up its failures, else None."""
        key = username.strip().casefold()[:64] or "-"
        strategy = self.limiter.limiter
        if strategy.test(self.item, "signin-failures", key):
            return None
        reset = strategy.get_window_stats(self.item, "signin-failures", key).reset_time
        return max(1, int(reset - time.time()) + 1)

    def failed(self, username: str) -> None:
        """Count one failed sign-in."""
        key = username.strip().casefold()[:64] or "-"
        self.limiter.limiter.hit(self.item, "signin-failures", key)


def make_limiter(settings: Settings) -> Limiter:
    """slowapi's limiter: one counter per (user, rate class) for signed-in requests, per client
    address for anonymous ones; 429 with Retry-After when a counter is used up."""
    rates: dict[str, str] = {
        "light": settings.rate_limit,
        "heavy": settings.rate_limit_heavy,
        "anonymous": settings.rate_limit_anonymous,
    }

    def rate_key(request: Request) -> str:
        principal: Principal | None = getattr(request.state, "principal", None)
        who = f"user:{principal.username}" if principal else f"ip:{_client(request)}"
        return f"{who}|{current_rate_class.get()}"

    def rate_for() -> str:
        # slowapi calls an application limit's provider without arguments, inside the request
        return rates.get(current_rate_class.get(), settings.rate_limit)

    return Limiter(
        key_func=rate_key,
        application_limits=[rate_for],
        headers_enabled=True,
        storage_uri=settings.rate_limit_storage,
        key_style="endpoint",
    )


class Security:
    """Users, tokens, the audit log and the rate limiter of one app."""

    def __init__(self, settings: Settings, database: Callable[[], Database]) -> None:
        self.settings = settings
        self._database = database
        self._lock = threading.Lock()
        self._users: UserStore | None = None
        self._audit: AuditLog | None = None
        self._issuer: TokenIssuer | None = None
        self.limiter = make_limiter(settings)
        self.signin_throttle = SigninThrottle(self.limiter, settings.signin_failures_per_minute)
        s = settings
        self.oidc = (
            OIDCVerifier(
                s.oidc_issuer,
                s.oidc_jwks_url,
                s.oidc_audience,
                algorithms=s.oidc_algorithms,
                roles_claim=s.oidc_roles_claim,
                role_map=s.oidc_role_map,
                username_claim=s.oidc_username_claim,
            )
            if s.oidc_issuer and s.oidc_jwks_url and s.oidc_audience
            else None
        )

    def issuer(self) -> TokenIssuer:
        """Our token signer (the key from JINGZHI_JWT_SECRET, else the data dir's key file)."""
        with self._lock:
            if self._issuer is None:
                s = self.settings
                secret = s.jwt_secret.get_secret_value().encode() if s.jwt_secret else None
                key = secret if secret else load_or_create_key(s.signing_key_file)
                if len(key) < 32:  # a short configured secret is stretched, never used as is
                    key = hashlib.sha256(key).digest()
                self._issuer = TokenIssuer(key, s.token_ttl_seconds)
            return self._issuer

    def users(self) -> UserStore:
        """The user accounts."""
        with self._lock:
            if self._users is None:
                self._users = UserStore(self._database(), self.settings.min_password_length)
            return self._users

    def audit(self) -> AuditLog:
        """The audit log."""
        with self._lock:
            if self._audit is None:
                self._audit = AuditLog(self._database(), self.settings.audit_retention_days)
            return self._audit

    def authenticator(self) -> Authenticator:
        """Bearer token -> principal (local users are looked up on every request, so disabling a
        user or changing a role takes effect at once)."""

        def lookup(username: str) -> UserRecord | None:
            user = self.users().get(username)
            return UserRecord(user.role, user.disabled, user.must_change_password) if user else None

        return Authenticator(self.issuer(), lookup, self.oidc)

    def bootstrap(self) -> str | None:
        """First start: make the signing key (unless configured), and with no users create
        ``admin`` (see UserStore.ensure_initial_admin); returns the one-time password or None."""
        self.issuer()
        return self.users().ensure_initial_admin(self.settings.initial_admin_password_file)

    def sign_in(self, username: str, password: str) -> UserInfo | None:
        """The user for a right name and password of an enabled account, else None."""
        return self.users().authenticate(username, password)


def get_security(request: Request) -> Security:
    """The app's security services."""
    security: Security = request.app.state.security
    return security


def current_principal(request: Request) -> Principal:
    """The signed-in user (api/middleware.py: AccessControl put it there)."""
    principal: Principal | None = getattr(request.state, "principal", None)
    if principal is None:  # only reachable for a route the table marks public
        raise HTTPException(401, detail=TOKEN_REJECTED, headers={"WWW-Authenticate": "Bearer"})
    return principal


CurrentUser = Annotated[Principal, Depends(current_principal)]
SecurityDep = Annotated[Security, Depends(get_security)]


def audit_note(request: Request, question: str | None = None, **detail: Any) -> None:
    """Add to this request's audit row: the question (de-identified before it is written) and
    details such as a saved procedure's id and version."""
    if question is not None:
        request.state.audit_question = question
    if detail:
        current: dict[str, Any] = getattr(request.state, "audit_detail", {})
        request.state.audit_detail = {**current, **detail}
