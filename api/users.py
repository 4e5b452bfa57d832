"""Users and their roles in the relational store; passwords hashed with Argon2 (pwdlib).

One role per local user (officer, trainer, evaluator, annotator, admin; api/permissions.py says
what each may do). User names are compared after Unicode NFKC normalisation and case folding, so
``Admin`` and ``admin`` are one user. A failed sign-in says only that the name or password is
wrong: unknown, disabled and wrong-password cases take the same path (a dummy hash is verified
for unknown names, so they also take about the same time).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, col, func, select

from api.config import ROLES
from api.db import Database

log = logging.getLogger(__name__)
USERNAME_RE = re.compile(r"^[\w.@-]{1,64}$")
#: The account the first start creates when there are no users.
INITIAL_ADMIN = "admin"


def _now() -> datetime:
    return datetime.now(UTC)


class UserAccount(SQLModel, table=True):
    """A local account (OIDC users have none: their roles come from the provider's token)."""

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=64, unique=True, index=True)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=512)
    disabled: bool = False
    must_change_password: bool = False
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)


class UserError(ValueError):
    """A user operation was refused; the message names the value."""


class UnknownUserError(UserError):
    """No user with that name."""


@dataclass(frozen=True)
class UserInfo:
    """What may be shown about a user (never the hash)."""

    username: str
    role: str
    disabled: bool
    must_change_password: bool
    created_at: datetime

    @classmethod
    def of(cls, row: UserAccount) -> UserInfo:
        """The public view of a row."""
        return cls(row.username, row.role, row.disabled, row.must_change_password, row.created_at)


def normalize_username(name: str) -> str:
    """The stored form of a user name (NFKC, case-folded); raises UserError when it is not usable."""
    norm = unicodedata.normalize("NFKC", name).strip().casefold()
    if not USERNAME_RE.fullmatch(norm):
        raise UserError(f"user name {name!r} is not usable: 1-64 letters, digits, '.', '_', '-' or '@' (no spaces)")
    return norm


def check_role(role: str) -> str:
    """The role if it is one of ours; raises UserError naming it otherwise."""
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; roles are {', '.join(ROLES)}")
    return role


class UserStore:
    """Adds, lists, disables and authenticates users."""

    def __init__(self, db: Database, min_password_length: int = 10) -> None:
        self.db = db
        self.min_password_length = min_password_length
        self.hasher = PasswordHash((Argon2Hasher(),))
        self._dummy_hash: str | None = None

    # -- administration ---------------------------------------------------------------------
    def check_password(self, username: str, password: str) -> None:
        """Raise UserError when a new password is too weak (length, equal to the name)."""
        if len(password) < self.min_password_length:
            raise UserError(
                f"the password has {len(password)} characters; at least {self.min_password_length} are needed"
            )
        if password.strip().casefold() == username.casefold():
            raise UserError("the password must not be the user name")

    def add(self, username: str, role: str, password: str, must_change_password: bool = False) -> UserInfo:
        """Create a user; raises UserError for a bad name, role or password, or a name in use."""
        name = normalize_username(username)
        check_role(role)
        self.check_password(name, password)
        row = UserAccount(
            username=name,
            role=role,
            password_hash=self.hasher.hash(password),
            must_change_password=must_change_password,
        )
        with Session(self.db.engine) as session:
            session.add(row)
            try:
                session.commit()
            except IntegrityError as exc:
                raise UserError(f"user {name!r} already exists") from exc
            session.refresh(row)
            return UserInfo.of(row)

    def list(self) -> list[UserInfo]:
        """Every user, by name."""
        with Session(self.db.engine) as session:
            return [UserInfo.of(r) for r in session.exec(select(UserAccount).order_by(col(UserAccount.username)))]

    def count(self) -> int:
        """How many users exist (disabled ones included)."""
        with Session(self.db.engine) as session:
            return int(session.exec(select(func.count()).select_from(UserAccount)).one())

    def get(self, username: str) -> UserInfo | None:
        """The user, or None (also for a name that could never exist)."""
        try:
            name = normalize_username(username)
        except UserError:
            return None
        with Session(self.db.engine) as session:
            row = session.exec(select(UserAccount).where(UserAccount.username == name)).first()
            return UserInfo.of(row) if row else None

    def _update(self, username: str, **changes: object) -> UserInfo:
        name = normalize_username(username)
        with Session(self.db.engine) as session:
            row = session.exec(select(UserAccount).where(UserAccount.username == name)).first()
            if row is None:
                raise UnknownUserError(f"no user {name!r}")
            demoting = changes.get("disabled") is True or ("role" in changes and changes["role"] != "admin")
            if demoting and row.role == "admin" and not row.disabled:
                admins = session.exec(
                    select(func.count())
                    .select_from(UserAccount)
                    .where(UserAccount.role == "admin", col(UserAccount.disabled).is_(False))
                ).one()
                if admins <= 1:
                    raise UserError(f"{name!r} is the last enabled admin; add another admin first")
            for key, value in changes.items():
                setattr(row, key, value)
            row.updated_at = _now()
            session.add(row)
            session.commit()
            session.refresh(row)
            return UserInfo.of(row)

    def disable(self, username: str) -> UserInfo:
        """Disable a user: sign-in and every token of theirs stop working at once."""
        return self._update(username, disabled=True)

    def enable(self, username: str) -> UserInfo:
        """Enable a disabled user."""
        return self._update(username, disabled=False)

    def set_role(self, username: str, role: str) -> UserInfo:
        """Change a user's role (takes effect on their next request)."""
        return self._update(username, role=check_role(role))

    def set_password(self, username: str, password: str) -> UserInfo:
        """Set a new password (clears the must-change flag)."""
        name = normalize_username(username)
        self.check_password(name, password)
        return self._update(name, password_hash=self.hasher.hash(password), must_change_password=False)

    # -- sign-in ------------------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> UserInfo | None:
        """The user when the name and password are right and the account is enabled; else None."""
        try:
            name = normalize_username(username)
        except UserError:
            name = None
        row = None
        if name is not None:
            with Session(self.db.engine) as session:
                row = session.exec(select(UserAccount).where(UserAccount.username == name)).first()
        if row is None:
            if self._dummy_hash is None:
                self._dummy_hash = self.hasher.hash(secrets.token_hex(16))
            self.hasher.verify(password, self._dummy_hash)  # same work as a real check
            return None
        ok, new_hash = self.hasher.verify_and_update(password, row.password_hash)
        if not ok or row.disabled:
            return None
        if new_hash is not None:  # the hasher's parameters changed since this hash was made
            self._update(row.username, password_hash=new_hash)
        return UserInfo.of(row)

    # -- first start ----------------------------------------------------------------------------
    def ensure_initial_admin(self, password_file: Path) -> str | None:
        """With no users at all, create ``admin`` with a random one-time password (it must be
        changed at first sign-in), write it to ``password_file`` (mode 0600) and return it; with
        users, do nothing and return None."""
        if self.count():
            return None
        password = secrets.token_urlsafe(18)
        password_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = password_file.with_name(password_file.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(password + "\n")
        os.chmod(tmp, 0o600)
        try:
            self.add(INITIAL_ADMIN, "admin", password, must_change_password=True)
        except UserError:  # another process created it first
            tmp.unlink(missing_ok=True)
            return None
        tmp.replace(password_file)
        log.warning(
            "created the initial admin account %r; its one-time password is in %s", INITIAL_ADMIN, password_file
        )
        return password
