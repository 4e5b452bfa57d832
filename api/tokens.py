"""Bearer tokens: our own short-lived JWTs (HS256) and, for production, tokens of an external
OpenID Connect provider (RS256/ES256, keys from its JWKS URL, roles from a claim).

Every way a token can be wrong (missing, malformed, expired, forged, signed by another key, of a
disabled or deleted user) raises :class:`TokenError`; the API answers all of them with one 401
message. The reason is logged at debug level only.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jwt

from api.config import ROLES

log = logging.getLogger(__name__)
ISSUER = "jingzhi"
AUDIENCE = "jingzhi-api"
LOCAL_ALGORITHM = "HS256"


class TokenError(Exception):
    """The token is not acceptable (the reason is for logs, never for the client)."""


class IdentityProviderError(RuntimeError):
    """The OpenID Connect provider's keys could not be fetched (a server-side problem: 503)."""


@dataclass(frozen=True)
class Principal:
    """Who made a request."""

    username: str
    roles: frozenset[str]
    source: Literal["local", "oidc"]
    expires_at: int
    must_change_password: bool = False

    @property
    def role(self) -> str:
        """The roles as one string (one role for local users)."""
        return ",".join(sorted(self.roles))


def load_or_create_key(path: Path) -> bytes:
    """The signing key in ``path``, made (32 random bytes, mode 0600) if the file does not exist."""
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(key.hex() + "\n")
    try:
        os.link(tmp, path)  # fails if another process made the key first: then use theirs
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    log.info("generated a token signing key in %s", path)
    return bytes.fromhex(path.read_text(encoding="ascii").strip())


class TokenIssuer:
    """Signs and checks our own tokens."""

    def __init__(self, key: bytes, ttl_seconds: int) -> None:
        if len(key) < 32:
            raise ValueError(f"the signing key has {len(key)} bytes; at least 32 are needed")
        self._key = key
        self.ttl_seconds = ttl_seconds

    def issue(self, username: str, now: float | None = None, ttl_seconds: int | None = None) -> tuple[str, int]:
        """A token for ``username``; returns (token, seconds it is valid)."""
        issued = int(now if now is not None else time.time())
        ttl = self.ttl_seconds if ttl_seconds is None else ttl_seconds
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": username,
            "iat": issued,
            "nbf": issued,
            "exp": issued + ttl,
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, self._key, algorithm=LOCAL_ALGORITHM), ttl

    def verify(self, token: str) -> dict[str, Any]:
        """The claims of a valid token of ours; raises TokenError."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._key,
                algorithms=[LOCAL_ALGORITHM],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.PyJWTError as exc:
            raise TokenError(f"local token rejected: {type(exc).__name__}: {exc}") from exc
        return claims

    def seal(self, payload: bytes) -> str:
        """An HMAC of ``payload`` under a key derived from the signing key (the server's word that
        it produced a piece of content, e.g. a generated procedure)."""
        derived = hashlib.sha256(b"jingzhi-seal\0" + self._key).digest()
        return hmac.new(derived, payload, hashlib.sha256).hexdigest()


class OIDCVerifier:
    """Checks tokens of an external OpenID Connect provider and maps a claim to our roles."""

    def __init__(
        self,
        issuer: str,
        jwks_url: str,
        audience: str,
        algorithms: Sequence[str] = ("RS256", "ES256"),
        roles_claim: str = "roles",
        role_map: dict[str, str] | None = None,
        username_claim: str = "preferred_username",
        jwks_timeout_s: float = 5.0,
    ) -> None:
        self.issuer = issuer
        self.audience = audience
        self.algorithms = list(algorithms)
        self.roles_claim = roles_claim
        self.role_map = role_map or {}
        self.username_claim = username_claim
        self.jwks = jwt.PyJWKClient(jwks_url, cache_keys=True, lifespan=300, timeout=jwks_timeout_s)

    def verify(self, token: str) -> tuple[str, frozenset[str], int]:
        """(user name, our roles, expiry) of a valid provider token; raises TokenError, or
        IdentityProviderError when the provider's keys cannot be fetched."""
        try:
            key = self.jwks.get_signing_key_from_jwt(token)
        except jwt.PyJWKClientConnectionError as exc:
            raise IdentityProviderError(f"cannot fetch the identity provider's keys: {exc}") from exc
        except jwt.PyJWTError as exc:
            raise TokenError(f"no provider key for this token: {exc}") from exc
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.key,
                algorithms=self.algorithms,
                audience=self.audience,
                issuer=self.issuer,
                options={"require": ["exp", "iss", "aud", "sub"]},
            )
        except jwt.PyJWTError as exc:
            raise TokenError(f"provider token rejected: {type(exc).__name__}: {exc}") from exc
        username = str(claims.get(self.username_claim) or claims["sub"])[:64]
        return username, self.roles_of(claims), int(claims["exp"])

    def roles_of(self, claims: dict[str, Any]) -> frozenset[str]:
        """Our roles from the configured claim (a dotted path; a list or a space/comma-separated
        string), through the role map; values that are our role names map to themselves."""
        value: Any = claims
        for part in self.roles_claim.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, str):
            values = value.replace(",", " ").split()
        elif isinstance(value, list):
            values = [str(v) for v in value]
        else:
            values = []
        out = set()
        for v in values:
            mapped = self.role_map.get(v, v if v in ROLES else None)
            if mapped in ROLES:
                out.add(mapped)
        return frozenset(out)


@dataclass(frozen=True)
class UserRecord:
    """What the authenticator needs to know about a local user."""

    role: str
    disabled: bool
    must_change_password: bool


class Authenticator:
    """Turns a bearer token into a :class:`Principal`."""

    def __init__(
        self,
        issuer: TokenIssuer,
        lookup: Callable[[str], UserRecord | None],
        oidc: OIDCVerifier | None = None,
    ) -> None:
        self.issuer = issuer
        self.lookup = lookup
        self.oidc = oidc

    def authenticate(self, token: str) -> Principal:
        """The principal of a valid token; raises TokenError (or IdentityProviderError)."""
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise TokenError(f"not a JWT: {exc}") from exc
        if header.get("alg") == LOCAL_ALGORITHM:
            claims = self.issuer.verify(token)
            user = self.lookup(str(claims["sub"]))
            if user is None or user.disabled:
                raise TokenError("the token's user is unknown or disabled")
            return Principal(
                str(claims["sub"]),
                frozenset([user.role]),
                "local",
                int(claims["exp"]),
                user.must_change_password,
            )
        if self.oidc is None:
            raise TokenError(f"token algorithm {header.get('alg')!r} and no OpenID Connect provider configured")
        username, roles, expires = self.oidc.verify(token)
        return Principal(username, roles, "oidc", expires)
