"""The permission table covers every route of the app, and only routes that exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from starlette.routing import Mount, Route

from api.app import create_app
from api.config import ROLES, Settings
from api.permissions import PAGES, PERMISSIONS, allow, pages_for, rule_for

pytestmark = [pytest.mark.unit]


def _route_keys(tmp_path: Path) -> set[str]:
    app = create_app(Settings(data_dir=tmp_path))  # routes exist before start-up; nothing is opened
    keys: set[str] = set()
    for route in app.routes:
        if isinstance(route, Mount):
            keys.add(f"GET {route.path}")
        elif isinstance(route, APIRoute | Route):
            keys.update(f"{m} {route.path}" for m in (route.methods or set()) - {"HEAD"})
        else:  # a new kind of route must be thought about, not skipped
            pytest.fail(f"unexpected route type {type(route).__name__} at {getattr(route, 'path', '?')}")
    return keys


def test_every_route_has_a_permission_entry(tmp_path: Path) -> None:
    missing = sorted(_route_keys(tmp_path) - set(PERMISSIONS))
    assert not missing, f"routes without an entry in api/permissions.py PERMISSIONS: {missing}"


def test_every_entry_names_a_route(tmp_path: Path) -> None:
    stale = sorted(set(PERMISSIONS) - _route_keys(tmp_path))
    assert not stale, f"permission entries for routes that do not exist: {stale}"


def test_only_pages_docs_sign_in_and_liveness_are_public() -> None:
    public = sorted(key for key, rule in PERMISSIONS.items() if rule.public)
    for key in public:
        path = key.split(" ", 1)[1]
        assert not path.startswith("/v1") or path == "/v1/auth/token", f"{key} is public"
    assert "GET /healthz" in public and "POST /v1/auth/token" in public
    assert not rule_for("GET", "/healthz").audit  # type: ignore[union-attr]
    assert rule_for("HEAD", "/healthz") is rule_for("GET", "/healthz")


def test_roles_of_sensitive_routes() -> None:
    def roles(key: str) -> set[str]:
        rule = PERMISSIONS[key]
        assert rule.roles is not None
        return set(rule.roles)

    assert roles("GET /v1/audit") == {"admin"}
    assert roles("PUT /v1/sops/{sop_id}") == {"trainer", "admin"}
    assert roles("GET /v1/eval/runs") == {"evaluator", "admin"}
    assert roles("POST /v1/ask") == set(ROLES)
    # the workbench (issue 14): annotators and admins change labels and upload cases; trainers,
    # annotators and admins write Q&A; evaluators and admins see feedback and promote it;
    # everyone (officers) gives feedback
    for key in ("POST /v1/annotations/{item}", "POST /v1/cases", "GET /v1/annotations/queue"):
        assert roles(key) == {"annotator", "admin"}, key
    for key in ("POST /v1/qa", "PUT /v1/qa/{entry_id}", "POST /v1/qa/{entry_id}/review"):
        assert roles(key) == {"trainer", "annotator", "admin"}, key
    for key in ("GET /v1/feedback", "POST /v1/feedback/{entry_id}/promote"):
        assert roles(key) == {"evaluator", "admin"}, key
    assert roles("POST /v1/feedback") == set(ROLES)
    with pytest.raises(ValueError, match="unknown roles"):
        allow("chief")


def test_pages_per_role() -> None:
    assert pages_for(frozenset({"officer"})) == ["/"]
    assert pages_for(frozenset({"admin"})) == list(PAGES)
    assert "/eval" in pages_for(frozenset({"evaluator"})) and "/trainer" not in pages_for(frozenset({"evaluator"}))


def test_openapi_marks_protected_operations(tmp_path: Path) -> None:
    spec = create_app(Settings(data_dir=tmp_path)).openapi()
    assert spec["components"]["securitySchemes"]["OAuth2Password"]["flows"]["password"]["tokenUrl"] == "/v1/auth/token"
    assert spec["paths"]["/v1/ask"]["post"]["security"] == [{"OAuth2Password": []}]
    assert "security" not in spec["paths"]["/v1/auth/token"]["post"]
    assert "security" not in spec["paths"]["/healthz"]["get"]
