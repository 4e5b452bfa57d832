"""Who may call what: the one permission table (route -> roles) and its lookup.

Every route of the app has one entry, keyed ``"METHOD /path/template"`` exactly as FastAPI
declares the route; ``tests/test_permissions.py`` walks ``app.routes`` and fails on a route with
no entry. Adding a route means adding one line here, e.g.::

    "GET /v1/annotations/queue": allow(ANNOTATOR, ADMIN),

:class:`api.middleware.AccessControl` enforces the table for every request, before the body is
read (so a request without a token gets 401 whatever its body), and a route that matches no entry
is refused (403), never let through.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from api.config import ROLES

OFFICER, TRAINER, EVALUATOR, ANNOTATOR, ADMIN = ROLES
EVERYONE = frozenset(ROLES)

#: Rate classes (api/config.py: rate_limit, rate_limit_heavy, rate_limit_anonymous).
RateClass = Literal["light", "heavy", "anonymous", "none"]


@dataclass(frozen=True)
class Rule:
    """What a route needs: ``roles`` None means public (no token); ``audit`` False only for the
    liveness probe and static assets; ``during_password_change`` lets a user who must change
    their one-time password reach the route."""

    roles: frozenset[str] | None
    rate: RateClass = "light"
    audit: bool = True
    during_password_change: bool = False

    @property
    def public(self) -> bool:
        """True when no token is needed."""
        return self.roles is None


def allow(*roles: str, heavy: bool = False, during_password_change: bool = False) -> Rule:
    """A rule for signed-in users with one of ``roles`` (all roles when none are given)."""
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise ValueError(f"unknown roles {bad}")
    return Rule(
        frozenset(roles) if roles else EVERYONE,
        rate="heavy" if heavy else "light",
        during_password_change=during_password_change,
    )


#: Pages and API documentation: they hold no data (the pages sign in and then call /v1).
PAGE = Rule(None, rate="anonymous")
#: Liveness and static assets: never limited, not audited (a probe every few seconds is no action).
UNAUDITED = Rule(None, rate="none", audit=False)
#: A route under /v1 that matches nothing: a token is still needed (then 404/405).
UNKNOWN_API = allow()

PERMISSIONS: dict[str, Rule] = {
    # public
    "GET /healthz": UNAUDITED,
    "GET /static": UNAUDITED,
    "GET /": PAGE,
    "GET /trainer": PAGE,
    "GET /eval": PAGE,
    "GET /annotator": PAGE,
    "GET /docs": PAGE,
    "GET /docs/oauth2-redirect": PAGE,
    "GET /redoc": PAGE,
    "GET /openapi.json": PAGE,
    "POST /v1/auth/token": PAGE,
    # every signed-in user
    "GET /v1/auth/me": allow(during_password_change=True),
    "POST /v1/auth/password": allow(during_password_change=True),
    "GET /v1/models": allow(),
    "POST /v1/search": allow(heavy=True),
    "POST /v1/ask": allow(heavy=True),
    "POST /v1/chat/completions": allow(heavy=True),
    "GET /v1/lessons": allow(),
    "GET /v1/lessons/suggested": allow(),
    "GET /v1/districts": allow(),
    # trainers: procedures
    "POST /v1/sop": allow(TRAINER, ADMIN, heavy=True),
    "POST /v1/sop/export": allow(TRAINER, ADMIN),
    "GET /v1/sops": allow(TRAINER, ADMIN),
    "POST /v1/sops": allow(TRAINER, ADMIN),
    "GET /v1/sops/{sop_id}": allow(TRAINER, ADMIN),
    "PUT /v1/sops/{sop_id}": allow(TRAINER, ADMIN),
    "GET /v1/sops/{sop_id}/export": allow(TRAINER, ADMIN),
    # drills (issue 16): trainers make them and read the report; everyone takes them and sees
    # their own attempts only
    "POST /v1/drills": allow(TRAINER, ADMIN, heavy=True),
    "GET /v1/drills": allow(),
    "GET /v1/drills/report": allow(TRAINER, ADMIN),
    "GET /v1/drills/{drill_id}": allow(),
    "POST /v1/drills/{drill_id}/attempts": allow(OFFICER, TRAINER, ADMIN, heavy=True),
    "GET /v1/attempts": allow(),
    "GET /v1/trends": allow(TRAINER, ADMIN),
    # evaluators: regression reports
    "GET /v1/eval/runs": allow(EVALUATOR, ADMIN),
    "GET /v1/eval/runs/{run}/report": allow(EVALUATOR, ADMIN),
    # annotators: label review, Label Studio interchange, case uploads (api/workbench)
    "GET /v1/annotations/queue": allow(ANNOTATOR, ADMIN),
    "GET /v1/annotations/taxonomy": allow(TRAINER, ANNOTATOR, ADMIN),
    "GET /v1/annotations/agreement": allow(ANNOTATOR, EVALUATOR, ADMIN),
    "GET /v1/annotations/labelstudio/tasks": allow(ANNOTATOR, ADMIN),
    "GET /v1/annotations/labelstudio/config": allow(ANNOTATOR, ADMIN),
    "POST /v1/annotations/labelstudio/import": allow(ANNOTATOR, ADMIN),
    "POST /v1/annotations/{item}": allow(ANNOTATOR, ADMIN),
    "GET /v1/annotations/{item}/history": allow(ANNOTATOR, ADMIN),
    "POST /v1/cases": allow(ANNOTATOR, ADMIN, heavy=True),
    # trainers, annotators: curated Q&A
    "GET /v1/qa": allow(TRAINER, ANNOTATOR, ADMIN),
    "POST /v1/qa": allow(TRAINER, ANNOTATOR, ADMIN),
    "GET /v1/qa/export": allow(TRAINER, ANNOTATOR, ADMIN),
    "POST /v1/qa/import": allow(TRAINER, ANNOTATOR, ADMIN),
    "GET /v1/qa/{entry_id}": allow(TRAINER, ANNOTATOR, ADMIN),
    "PUT /v1/qa/{entry_id}": allow(TRAINER, ANNOTATOR, ADMIN),
    "POST /v1/qa/{entry_id}/review": allow(TRAINER, ANNOTATOR, ADMIN),
    # officers give feedback; evaluators see it and promote it into golden sets
    "POST /v1/feedback": allow(),
    "GET /v1/feedback": allow(EVALUATOR, ADMIN),
    "POST /v1/feedback/{entry_id}/promote": allow(EVALUATOR, ADMIN),
    "POST /v1/feedback/{entry_id}/dismiss": allow(EVALUATOR, ADMIN),
    # admins
    "GET /v1/audit": allow(ADMIN),
}


def rule_for(method: str, path_template: str) -> Rule | None:
    """The table's entry for a route (HEAD is answered like GET), or None."""
    method = "GET" if method == "HEAD" else method
    return PERMISSIONS.get(f"{method} {path_template}")


#: The pages and who may use their actions (the pages show their links and forms accordingly).
PAGES: dict[str, frozenset[str]] = {
    "/": EVERYONE,
    "/trainer": frozenset({TRAINER, ADMIN}),
    "/eval": frozenset({EVALUATOR, ADMIN}),
    "/annotator": frozenset({TRAINER, ANNOTATOR, ADMIN}),
}


def pages_for(roles: frozenset[str]) -> list[str]:
    """The pages whose actions a user with ``roles`` may use."""
    return [page for page, allowed in PAGES.items() if roles & allowed]
