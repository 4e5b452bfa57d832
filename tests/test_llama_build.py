"""The portable llama.cpp build: the install-time check, and crash reports from the real-server fixture.

These virtual machines advertise AMX and AVX-512 in /proc/cpuinfo; a llama.cpp compiled natively
on one of them traps with "invalid opcode" on another. The Makefile builds a portable wheel and
`scripts/check_llama_build.py` refuses any other; the fixture names a server's crash instead of
reporting "no tokens".
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.serving import LlamaServer

ROOT = Path(__file__).resolve().parent.parent


def check_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_llama_build", ROOT / "scripts" / "check_llama_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# What llama_print_system_info() printed for a GGML_NATIVE build on an AMX host, and for ours.
NATIVE_INFO = (
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX_VNNI = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | "
    "AVX512 = 1 | AVX512_VBMI = 1 | AVX512_VNNI = 1 | AVX512_BF16 = 1 | AMX_INT8 = 1 | LLAMAFILE = 1 | OPENMP = 1 |"
)
PORTABLE_INFO = "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | LLAMAFILE = 1 |"


@pytest.mark.unit
def test_feature_report_of_a_native_build_is_refused() -> None:
    check = check_module()
    native = check.compiled_features(NATIVE_INFO)
    assert [f for f in check.FORBIDDEN if native.get(f)] == [
        "AVX512",
        "AVX512_VBMI",
        "AVX512_VNNI",
        "AVX512_BF16",
        "AMX_INT8",
        "AVX_VNNI",
    ]
    portable = check.compiled_features(PORTABLE_INFO)
    assert not [f for f in check.FORBIDDEN if portable.get(f)]
    assert all(portable[f] for f in check.REQUIRED)


C_SOURCE = r"""
#include <immintrin.h>
#include <string.h>
int amx(void) { unsigned char cfg[64]; memset(cfg, 0, 64); _tile_loadconfig(cfg); char b[1024];
                _tile_loadd(0, b, 64); _tile_release(); return 0; }
float wide(float x) { __m512 a = _mm512_set1_ps(x); a = _mm512_add_ps(a, a); return _mm512_reduce_add_ps(a); }
"""
C_PORTABLE = r"""
#include <immintrin.h>
float narrow(float x) { __m256 a = _mm256_set1_ps(x); a = _mm256_fmadd_ps(a, a, a); float o[8];
                        _mm256_storeu_ps(o, a); return o[0]; }
"""


@pytest.mark.unit
@pytest.mark.skipif(shutil.which("gcc") is None or shutil.which("objdump") is None, reason="needs gcc and objdump")
def test_machine_code_scan_finds_amx_and_avx512(tmp_path: Path) -> None:
    check = check_module()
    libs = {}
    for name, source, flags in (
        ("libnative.so", C_SOURCE, ["-mamx-tile", "-mavx512f"]),
        ("libportable.so", C_PORTABLE, ["-mavx2", "-mfma"]),
    ):
        c = tmp_path / f"{name}.c"
        c.write_text(source)
        out = tmp_path / name
        subprocess.run(["gcc", "-O1", "-shared", "-fPIC", *flags, str(c), "-o", str(out)], check=True)
        libs[name] = out
    found = check.forbidden_code(list(libs.values()))
    assert set(found) == {"libnative.so"} and found["libnative.so"] >= 3


@pytest.mark.integration
@pytest.mark.llm
def test_installed_llama_cpp_is_the_portable_build() -> None:
    pytest.importorskip("llama_cpp")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_llama_build.py"), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.splitlines()[0])
    assert report["forbidden_on"] == [] and report["forbidden_code"] == {}
    assert all(report["features"].get(f) for f in ("AVX2", "FMA", "F16C"))


@pytest.mark.unit
def test_server_crash_is_reported_with_signal_log_and_cpu_hint(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    script = (
        "import os, signal; print('llama_model_load: loading model', flush=True); os.kill(os.getpid(), signal.SIGILL)"
    )
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=out, stderr=subprocess.STDOUT)
    proc.wait(timeout=30)
    text = LlamaServer("http://127.0.0.1:9/v1", proc, log).diagnosis("the real server streamed no tokens")
    assert text.startswith("the real server streamed no tokens: the server process was killed by SIGILL")
    assert "AMX" in text and "check_llama_build.py" in text
    assert text.rstrip().endswith("llama_model_load: loading model")


@pytest.mark.unit
def test_server_that_exits_early_fails_start_with_its_status(tmp_path: Path) -> None:
    cmd = [sys.executable, "-c", "import sys; print('error: model file not found'); sys.exit(3)"]
    with (
        pytest.raises(RuntimeError, match=r"(?s)did not start.*exited with status 3.*model file not found"),
        LlamaServer.start(cmd, "http://127.0.0.1:9/v1", tmp_path / "server.log", timeout_s=20),
    ):
        pass
