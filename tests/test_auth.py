"""Sign-in, tokens (ours and an OpenID Connect provider's), roles and the bad-input list, against
the real app over the real stack (TestClient) and a JWKS endpoint served on loopback."""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import stat
import time
from collections.abc import Iterator
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import create_app
from api.permissions import PERMISSIONS
from api.security import SIGNIN_REJECTED, TOKEN_REJECTED
from api.tokens import AUDIENCE, ISSUER, TokenIssuer
from tests.conftest import TEST_PASSWORD, TestUsers
from tests.serving import free_port, serve_app

pytestmark = [pytest.mark.integration, pytest.mark.slow]
REJECTED = {"error": "not signed in", "details": TOKEN_REJECTED}


@pytest.fixture(scope="module")
def client(services: Any, test_users: TestUsers) -> Iterator[TestClient]:
    """The app with no default credentials."""
    with TestClient(create_app(services.settings, services=services)) as c:
        yield c


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def sign_in(client: TestClient, username: str, password: str) -> Any:
    return client.post("/v1/auth/token", data={"username": username, "password": password})


def concrete(path: str) -> str:
    return path.replace("{sop_id}", "1").replace("{run}", "20990101T000000Z")


# -- sign-in --------------------------------------------------------------------------------------


def test_sign_in_returns_a_short_lived_bearer_token(client: TestClient, services: Any) -> None:
    r = sign_in(client, "test-officer", TEST_PASSWORD)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == services.settings.token_ttl_seconds
    assert set(body) >= {"access_token", "token_type", "expires_in"}
    me = client.get("/v1/auth/me", headers=bearer(body["access_token"])).json()
    assert me["username"] == "test-officer" and me["roles"] == ["officer"] and me["source"] == "local"
    assert 0 < me["expires_in"] <= services.settings.token_ttl_seconds and me["pages"] == ["/"]
    # user names are compared case-folded
    assert sign_in(client, "Test-Officer", TEST_PASSWORD).status_code == 200
    # the signing key was generated into the data directory, readable by its owner only
    mode = stat.S_IMODE(os.stat(services.settings.signing_key_file).st_mode)
    assert mode == 0o600, oct(mode)


def test_failed_sign_ins_all_look_the_same(client: TestClient, test_users: TestUsers) -> None:
    users = test_users.security.users()
    if users.get("gone-user") is None:
        users.add("gone-user", "officer", TEST_PASSWORD)
        users.disable("gone-user")
    attempts = [
        ("test-officer", "not the password"),  # wrong password
        ("no-such-user", TEST_PASSWORD),  # unknown user
        ("gone-user", TEST_PASSWORD),  # disabled user
        ("name with spaces", TEST_PASSWORD),  # a name that cannot exist
        ("test-officer", ""),  # empty password
    ]
    bodies = []
    for username, password in attempts:
        r = sign_in(client, username, password)
        assert r.status_code == 401, (username, r.text)
        assert r.headers["www-authenticate"] == "Bearer"
        bodies.append(r.json())
    assert all(b == {"error": "sign-in failed", "details": SIGNIN_REJECTED} for b in bodies)


def test_five_failed_sign_ins_per_minute_lock_that_name(client: TestClient, test_users: TestUsers) -> None:
    users = test_users.security.users()
    if users.get("throttled") is None:
        users.add("throttled", "officer", TEST_PASSWORD)
    for _ in range(5):
        assert sign_in(client, "throttled", "wrong password!").status_code == 401
    r = sign_in(client, "throttled", TEST_PASSWORD)  # even the right password waits now
    assert r.status_code == 429 and r.json()["error"] == "too many failed sign-ins"
    assert 1 <= int(r.headers["retry-after"]) <= 61
    assert sign_in(client, "Throttled", TEST_PASSWORD).status_code == 429  # the same name, folded
    assert sign_in(client, "test-trainer", TEST_PASSWORD).status_code == 200  # others are not affected


# -- tokens ---------------------------------------------------------------------------------------


def _forge(token: str, **claims: Any) -> str:
    header, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data.update(claims)
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def test_bad_tokens_get_one_401(client: TestClient, services: Any, test_users: TestUsers) -> None:
    key = bytes.fromhex(services.settings.signing_key_file.read_text().strip())
    ours = TokenIssuer(key, 900)
    users = test_users.security.users()
    if users.get("gone-user") is None:
        users.add("gone-user", "officer", TEST_PASSWORD)
        users.disable("gone-user")
    now = int(time.time())
    claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": "test-admin", "iat": now, "exp": now + 600}
    tokens = {
        "expired": ours.issue("test-officer", now=time.time() - 3600, ttl_seconds=60)[0],
        "forged claims": _forge(test_users.token("officer"), sub="test-admin"),
        "another signing key": TokenIssuer(os.urandom(32), 900).issue("test-admin")[0],
        "unknown user": ours.issue("nobody-at-all")[0],
        "disabled user": ours.issue("gone-user")[0],
        "other audience": jwt.encode({**claims, "aud": "someone-else"}, key, algorithm="HS256"),
        "other issuer": jwt.encode({**claims, "iss": "elsewhere"}, key, algorithm="HS256"),
        "no expiry": jwt.encode({k: v for k, v in claims.items() if k != "exp"}, key, algorithm="HS256"),
        "alg none": jwt.encode(claims, None, algorithm="none"),
        "not a JWT": "definitely-not-a-token",
        "huge": "x" * 10_000,
    }
    for what, token in tokens.items():
        r = client.get("/v1/auth/me", headers=bearer(token))
        assert r.status_code == 401, (what, r.text)
        assert r.json() == REJECTED, what
        assert r.headers["www-authenticate"] == "Bearer"
    for header in ({}, {"Authorization": "Basic dXNlcjpwYXNz"}, {"Authorization": "Bearer"}):
        assert client.get("/v1/auth/me", headers=header).json() == REJECTED


def test_every_protected_route_says_401_before_looking_at_the_body(client: TestClient) -> None:
    checked = 0
    for key, rule in PERMISSIONS.items():
        if rule.public:
            continue
        method, path = key.split(" ", 1)
        for body in (b"{not json", b"", json.dumps({"question": "x" * 5000}).encode()):
            r = client.request(method, concrete(path), content=body, headers={"content-type": "application/json"})
            assert r.status_code == 401, (key, body[:10], r.status_code, r.text)
            assert r.json() == REJECTED
        checked += 1
    assert checked >= 15
    # a body over the size limit, without a token: still 401 (nothing is read)
    big = b"{" + b" " * (2 << 20) + b"}"
    assert client.post("/v1/ask", content=big, headers={"content-type": "application/json"}).status_code == 401
    # the API does not say which routes exist to someone without a token
    assert client.get("/v1/no-such-route").status_code == 401
    assert client.delete("/v1/ask").status_code == 401


def test_unknown_routes_and_methods_after_sign_in(client: TestClient, test_users: TestUsers) -> None:
    assert client.get("/v1/no-such-route", headers=test_users.headers()).status_code == 404
    assert client.delete("/v1/ask", headers=test_users.headers()).status_code == 405


def test_public_routes_need_no_token(client: TestClient) -> None:
    for path in ("/healthz", "/docs", "/openapi.json", "/", "/trainer", "/eval", "/static/common.js"):
        assert client.get(path).status_code == 200, path


@pytest.mark.parametrize(
    ("role", "method", "path"),
    [
        ("officer", "GET", "/v1/audit"),
        ("trainer", "GET", "/v1/audit"),
        ("evaluator", "GET", "/v1/audit"),
        ("officer", "GET", "/v1/sops"),
        ("officer", "POST", "/v1/sops"),
        ("annotator", "PUT", "/v1/sops/1"),
        ("evaluator", "POST", "/v1/sop"),
        ("officer", "GET", "/v1/eval/runs"),
        ("trainer", "GET", "/v1/eval/runs/20990101T000000Z/report"),
    ],
)
def test_roles_not_allowed_get_403(
    client: TestClient, test_users: TestUsers, role: str, method: str, path: str
) -> None:
    r = client.request(method, path, headers=test_users.headers(role), json={"sop": "not even valid"})
    assert r.status_code == 403, r.text
    body = r.json()
    assert body["error"] == "forbidden" and f"test-{role}" in body["details"] and role in body["details"]


def test_disabling_and_role_changes_take_effect_at_once(client: TestClient, test_users: TestUsers) -> None:
    users = test_users.security.users()
    name = "shifting-user"
    if users.get(name) is None:
        users.add(name, "officer", TEST_PASSWORD)
    users.set_role(name, "officer")
    users.enable(name)
    token = sign_in(client, name, TEST_PASSWORD).json()["access_token"]
    assert client.get("/v1/sops", headers=bearer(token)).status_code == 403
    users.set_role(name, "trainer")
    assert client.get("/v1/sops", headers=bearer(token)).status_code == 200  # the same token
    users.disable(name)
    assert client.get("/v1/sops", headers=bearer(token)).json() == REJECTED
    assert sign_in(client, name, TEST_PASSWORD).status_code == 401
    users.enable(name)


def test_one_time_password_must_be_changed_first(client: TestClient, test_users: TestUsers, services: Any) -> None:
    users = test_users.security.users()
    name, first = "new-admin", "a-one-time-password"
    if users.get(name) is None:
        users.add(name, "admin", first, must_change_password=True)
    r = sign_in(client, name, first)
    assert r.status_code == 200 and r.json()["password_change_required"] is True
    token = r.json()["access_token"]
    blocked = client.post("/v1/search", headers=bearer(token), json={"question": "签证"})
    assert blocked.status_code == 403 and blocked.json()["error"] == "password change required"
    assert client.get("/v1/auth/me", headers=bearer(token)).json()["password_change_required"] is True
    change = "/v1/auth/password"
    wrong = client.post(change, headers=bearer(token), json={"current_password": "nope", "new_password": "x" * 12})
    assert wrong.status_code == 403
    short = client.post(change, headers=bearer(token), json={"current_password": first, "new_password": "short"})
    assert short.status_code == 422 and "at least" in short.text
    same = client.post(change, headers=bearer(token), json={"current_password": first, "new_password": first})
    assert same.status_code == 422
    ok = client.post(
        change, headers=bearer(token), json={"current_password": first, "new_password": "a-better-passphrase"}
    )
    assert ok.status_code == 200
    assert client.post("/v1/search", headers=bearer(token), json={"question": "签证", "k": 1}).status_code == 200
    assert sign_in(client, name, first).status_code == 401
    assert sign_in(client, name, "a-better-passphrase").json()["password_change_required"] is False


# -- OpenID Connect -------------------------------------------------------------------------------


@dataclasses.dataclass
class Provider:
    """A local stand-in for an identity provider: an RSA key and its JWKS on loopback."""

    issuer: str
    jwks_url: str
    key: rsa.RSAPrivateKey
    kid: str = "test-key-1"

    def token(self, key: rsa.RSAPrivateKey | None = None, **overrides: Any) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": "jingzhi-web",
            "sub": "f3a1c9e0-provider-user",
            "preferred_username": "li.wei",
            "iat": now,
            "exp": now + 300,
            "realm_access": {"roles": ["police-officer", "offline_access"]},
        }
        claims.update(overrides)
        claims = {k: v for k, v in claims.items() if v is not None}
        return jwt.encode(claims, key or self.key, algorithm="RS256", headers={"kid": self.kid})


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    jwk.update({"kid": "test-key-1", "use": "sig", "alg": "RS256"})
    idp = FastAPI()

    @idp.get("/realms/police/protocol/openid-connect/certs")
    def certs() -> dict[str, Any]:
        return {"keys": [jwk]}

    with serve_app(idp) as url:
        yield Provider(f"{url}/realms/police", f"{url}/realms/police/protocol/openid-connect/certs", key)


@pytest.fixture(scope="module")
def oidc_client(services: Any, provider: Provider) -> Iterator[TestClient]:
    settings = services.settings.model_copy(
        update={
            "oidc_issuer": provider.issuer,
            "oidc_jwks_url": provider.jwks_url,
            "oidc_audience": "jingzhi-web",
            "oidc_roles_claim": "realm_access.roles",
            "oidc_role_map": {"police-officer": "officer", "sop-trainers": "trainer"},
        }
    )
    with TestClient(create_app(settings, services=dataclasses.replace(services, settings=settings))) as c:
        yield c


def test_provider_tokens_are_accepted_with_mapped_roles(oidc_client: TestClient, provider: Provider) -> None:
    me = oidc_client.get("/v1/auth/me", headers=bearer(provider.token()))
    assert me.status_code == 200, me.text
    assert me.json()["username"] == "li.wei" and me.json()["roles"] == ["officer"] and me.json()["source"] == "oidc"
    assert oidc_client.get("/v1/sops", headers=bearer(provider.token())).status_code == 403
    trainer = provider.token(realm_access={"roles": ["sop-trainers"]})
    assert oidc_client.get("/v1/sops", headers=bearer(trainer)).status_code == 200
    # a value that is one of our role names maps to itself; the username falls back to sub
    admin = provider.token(realm_access={"roles": ["admin"]}, preferred_username=None)
    me = oidc_client.get("/v1/auth/me", headers=bearer(admin)).json()
    assert me["roles"] == ["admin"] and me["username"] == "f3a1c9e0-provider-user"


def test_bad_provider_tokens(oidc_client: TestClient, provider: Provider, test_users: TestUsers) -> None:
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = provider.key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    now = int(time.time())
    bad = {
        "other key, same kid": provider.token(key=other_key),
        "wrong audience": provider.token(aud="another-client"),
        "wrong issuer": provider.token(iss="http://127.0.0.1:1/realms/evil"),
        "expired": provider.token(iat=now - 4000, exp=now - 3600),
        "unknown kid": jwt.encode(
            {"iss": provider.issuer, "aud": "jingzhi-web", "sub": "x", "exp": now + 300},
            provider.key,
            algorithm="RS256",
            headers={"kid": "no-such-kid"},
        ),
        "HS256 with the public key as secret": _hs256_with(public_pem, provider),
    }
    for what, token in bad.items():
        r = oidc_client.get("/v1/auth/me", headers=bearer(token))
        assert r.status_code == 401 and r.json() == REJECTED, (what, r.text)
    no_role = provider.token(realm_access={"roles": ["offline_access"]})
    r = oidc_client.get("/v1/auth/me", headers=bearer(no_role))
    assert r.status_code == 403 and "no role" in r.json()["details"]
    # local accounts still work beside the provider
    assert oidc_client.get("/v1/auth/me", headers=test_users.headers("trainer")).json()["source"] == "local"


def _hs256_with(secret: bytes, provider: Provider) -> str:
    """A token signed HS256 with the provider's public key as the HMAC secret (the classic key
    confusion attack), built by hand since pyjwt refuses to do it."""
    import hashlib
    import hmac

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    now = int(time.time())
    header = b64(json.dumps({"alg": "HS256", "typ": "JWT", "kid": provider.kid}).encode())
    payload = b64(
        json.dumps(
            {"iss": provider.issuer, "aud": "jingzhi-web", "sub": "x", "exp": now + 300, "roles": ["admin"]}
        ).encode()
    )
    signature = b64(hmac.new(secret, f"{header}.{payload}".encode(), hashlib.sha256).digest())
    return f"{header}.{payload}.{signature}"


def test_unreachable_provider_is_503_not_401(services: Any, provider: Provider) -> None:
    dead = f"http://127.0.0.1:{free_port()}/certs"
    settings = services.settings.model_copy(
        update={"oidc_issuer": provider.issuer, "oidc_jwks_url": dead, "oidc_audience": "jingzhi-web"}
    )
    app = create_app(settings, services=dataclasses.replace(services, settings=settings))
    with TestClient(app) as c:
        r = c.get("/v1/auth/me", headers=bearer(provider.token()))
        assert r.status_code == 503 and r.json()["error"] == "identity provider unavailable"
