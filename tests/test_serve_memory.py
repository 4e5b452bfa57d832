"""`jingzhi serve` caps glibc's malloc arenas (api/cli.py ``limit_malloc_arenas``); the memory it
saves is a benchmark figure (docs/benchmarks.md, issue 15), not asserted here."""

from __future__ import annotations

import platform

import pytest
from pydantic import ValidationError

from api.cli import limit_malloc_arenas
from api.config import Settings

pytestmark = pytest.mark.unit


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt(M_ARENA_MAX) is glibc's")
def test_the_cap_is_applied_on_glibc() -> None:
    assert limit_malloc_arenas(2) is True


def test_zero_leaves_the_default() -> None:
    assert limit_malloc_arenas(0) is False


def test_the_setting_is_validated(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setenv("JINGZHI_MALLOC_ARENA_MAX", "-1")
    with pytest.raises(ValidationError, match="malloc_arena_max"):
        Settings(data_dir=tmp_path)
    monkeypatch.setenv("JINGZHI_MALLOC_ARENA_MAX", "4")
    assert Settings(data_dir=tmp_path).malloc_arena_max == 4
