"""Drills and officers' attempts in the relational store (tables made by migration 0003).

A drill row holds the whole drill as JSON (a snapshot of the procedure version it was made from),
so editing that procedure never changes what the drill grades against. An attempt keeps the
officer's plan de-identified (names, passport and phone numbers replaced before it is written),
the grade as JSON, and the district and case type the trainer's report groups by. Nothing here
records a nationality.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Field, Session, SQLModel, col, func, select

from api.db import Database, NotFoundError
from training.drills import Drill, Grade


def _now() -> datetime:
    return datetime.now(UTC)


class DrillDoc(SQLModel, table=True):
    """A drill (the content is the :class:`training.drills.Drill` as JSON)."""

    id: int | None = Field(default=None, primary_key=True)
    scenario: str = Field(max_length=2000)
    case_type: str = Field(default="", max_length=40, description="the drill's first case type ('' when none)")
    district: str | None = Field(default=None, max_length=40)
    sop_id: int | None = Field(default=None, foreign_key="sopdoc.id")
    sop_version: int | None = None
    content: str
    author: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=_now)


class DrillAttempt(SQLModel, table=True):
    """One officer's graded attempt at a drill."""

    id: int | None = Field(default=None, primary_key=True)
    drill_id: int = Field(foreign_key="drilldoc.id", index=True)
    username: str = Field(max_length=64, index=True)
    district: str | None = Field(default=None, max_length=40)
    case_type: str = Field(default="", max_length=40)
    score: float
    grader: str = Field(max_length=20)
    answer: str = Field(description="the plan, de-identified")
    grade: str = Field(description="the grade as JSON")
    created_at: datetime = Field(default_factory=_now)


class DrillStore:
    """Saves drills and attempts, and summarises attempts for trainers."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.engine = db.engine

    def create(self, drill: Drill, author: str, district: str | None = None) -> int:
        """Save a drill; returns its id."""
        with Session(self.engine) as session:
            row = DrillDoc(
                scenario=drill.scenario,
                case_type=drill.case_types[0] if drill.case_types else "",
                district=district,
                sop_id=drill.sop_id,
                sop_version=drill.sop_version,
                content=drill.model_dump_json(),
                author=author,
            )
            session.add(row)
            session.commit()
            assert row.id is not None
            return row.id

    def get(self, drill_id: int) -> tuple[DrillDoc, Drill]:
        """A drill by id."""
        with Session(self.engine) as session:
            row = session.get(DrillDoc, drill_id)
            if row is None:
                raise NotFoundError(f"no drill with id {drill_id}")
            return row, Drill.model_validate_json(row.content)

    def drills(self, limit: int = 50, offset: int = 0) -> list[DrillDoc]:
        """Drills, newest first."""
        query = select(DrillDoc).order_by(col(DrillDoc.id).desc()).offset(offset).limit(limit)
        with Session(self.engine) as session:
            return list(session.exec(query))

    def count(self) -> int:
        """How many drills there are."""
        with Session(self.engine) as session:
            return int(session.exec(select(func.count()).select_from(DrillDoc)).one())

    def add_attempt(
        self, drill_id: int, username: str, district: str | None, answer: str, grade: Grade
    ) -> DrillAttempt:
        """Save a graded attempt (``answer`` must already be de-identified)."""
        with Session(self.engine) as session:
            drill = session.get(DrillDoc, drill_id)
            if drill is None:
                raise NotFoundError(f"no drill with id {drill_id}")
            row = DrillAttempt(
                drill_id=drill_id,
                username=username,
                district=district,
                case_type=drill.case_type,
                score=grade.score,
                grader=grade.grader,
                answer=answer,
                grade=grade.model_dump_json(),
            )
            session.add(row)
            session.commit()
            session.refresh(row)
            return row

    def attempts(
        self, username: str | None = None, drill_id: int | None = None, limit: int = 50, offset: int = 0
    ) -> list[DrillAttempt]:
        """Attempts, newest first (of one officer and/or one drill)."""
        query = select(DrillAttempt)
        if username is not None:
            query = query.where(DrillAttempt.username == username)
        if drill_id is not None:
            query = query.where(DrillAttempt.drill_id == drill_id)
        query = query.order_by(col(DrillAttempt.id).desc()).offset(offset).limit(limit)
        with Session(self.engine) as session:
            return list(session.exec(query))

    def report(self, district: str | None = None, case_type: str | None = None, top: int = 5) -> list[dict[str, Any]]:
        """Per district and case type: attempts, mean score, the weakest steps (lowest mean
        credit) and the most frequent violations with their articles."""
        query = select(DrillAttempt)
        if district is not None:
            query = query.where(DrillAttempt.district == district)
        if case_type is not None:
            query = query.where(DrillAttempt.case_type == case_type)
        groups: dict[tuple[str, str], list[DrillAttempt]] = defaultdict(list)
        with Session(self.engine) as session:
            for row in session.exec(query):
                groups[(row.district or "", row.case_type)].append(row)
        out: list[dict[str, Any]] = []
        for (dist, ctype), rows in sorted(groups.items()):
            credits: dict[str, list[float]] = defaultdict(list)
            violations: Counter[str] = Counter()
            cite: dict[str, dict[str, str]] = {}
            for row in rows:
                grade = Grade.model_validate_json(row.grade)
                for s in [*grade.covered_steps, *grade.missed_steps]:
                    credits[s.title].append(s.credit)
                for v in grade.violations:
                    violations[v.text] += 1
                    cite[v.text] = v.citation.model_dump()
            weakest = sorted(credits.items(), key=lambda kv: sum(kv[1]) / len(kv[1]))[:top]
            out.append(
                {
                    "district": dist or None,
                    "case_type": ctype,
                    "attempts": len(rows),
                    "mean_score": round(sum(r.score for r in rows) / len(rows), 4),
                    "weakest_steps": [
                        {"title": t, "mean_credit": round(sum(c) / len(c), 4), "attempts": len(c)} for t, c in weakest
                    ],
                    "frequent_violations": [
                        {"text": t, "count": n, "citation": cite[t]} for t, n in violations.most_common(top)
                    ],
                }
            )
        return out
