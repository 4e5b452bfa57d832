"""Real servers on free loopback ports for tests: the app under uvicorn in a thread, and
external server processes (llama.cpp) whose crashes are reported with their cause."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

#: What to suspect when a native server dies of SIGILL: instructions the CPU advertises but the
#: virtual machine cannot run (see the llama.cpp build flags in the Makefile).
CPU_HINT = (
    "SIGILL means an instruction the CPU cannot run: a native build for a host that advertises AMX/AVX-512 "
    "(check `python scripts/check_llama_build.py` and the Makefile's LLAMA_CMAKE_ARGS; `dmesg` shows "
    "'trap invalid opcode')."
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_app(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a free loopback port; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started:
        if time.time() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@dataclass
class LlamaServer:
    """An external OpenAI-compatible server process started for a test, with its log."""

    url: str
    proc: subprocess.Popen[bytes]
    log: Path

    @classmethod
    @contextmanager
    def start(
        cls, cmd: Sequence[str], url: str, log: Path, env: dict[str, str] | None = None, timeout_s: float = 120
    ) -> Iterator[LlamaServer]:
        """Start ``cmd``, wait until ``GET {url}/models`` answers, stop it afterwards."""
        with log.open("wb") as out:
            proc = subprocess.Popen(list(cmd), stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        server = cls(url, proc, log)
        try:
            deadline = time.time() + timeout_s
            while True:
                try:
                    if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if not server.alive() or time.time() > deadline:
                    raise RuntimeError(server.diagnosis(f"the server did not start within {timeout_s:.0f} s"))
                time.sleep(0.5)
            yield server
        finally:
            if server.alive():
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)

    def alive(self) -> bool:
        """True while the process runs."""
        return self.proc.poll() is None

    def diagnosis(self, what: str, lines: int = 15) -> str:
        """``what`` plus the process's fate: running, or its exit status (a signal by name, with a
        hint for SIGILL), and the last lines of its log."""
        time.sleep(0.2)  # a crash during the request may take a moment to be reaped
        code = self.proc.poll()
        if code is None:
            fate = "the server process is still running"
        elif code < 0:
            name = signal.Signals(-code).name
            fate = f"the server process was killed by {name}" + (f"; {CPU_HINT}" if name == "SIGILL" else "")
        else:
            fate = f"the server process exited with status {code}"
        tail = self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
        return f"{what}: {fate}. Last log lines:\n" + "\n".join(tail)
