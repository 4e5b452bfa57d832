"""A real `jingzhi serve` for the benchmark scripts: an officer account to sign in as, the server on a
free loopback port, the time until /healthz answers, a signed-in HTTP client and the peak RSS.

    with BenchServer.start(data_dir, {"JINGZHI_LLM_BASE_URL": url}) as srv:
        srv.client.post(srv.url + "/v1/ask", json={"question": q})
        print(srv.ready_s, srv.peak_rss_mb())

The API needs a signed-in user (issue 13), so every benchmark that talks HTTP starts here.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

JINGZHI = Path(sys.executable).parent / "jingzhi"
USER = "bench"
PASSWORD = "benchmark-officer-passphrase"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM) in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rss_parts_mb(pid: int) -> dict[str, float]:
    """The process's resident memory now, split (RssAnon: its own heap; RssFile: pages of
    memory-mapped files such as on-disk vectors, which the kernel can drop and re-read)."""
    out: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key = line.split(":", 1)[0]
        if key in ("RssAnon", "RssFile", "VmRSS"):
            out[key] = int(line.split()[1]) / 1024
    return out


@dataclass
class BenchServer:
    proc: subprocess.Popen[bytes]
    url: str
    ready_s: float
    client: httpx.Client

    def peak_rss_mb(self) -> float:
        return peak_rss_mb(self.proc.pid)

    def rss_parts_mb(self) -> dict[str, float]:
        return rss_parts_mb(self.proc.pid)

    @classmethod
    @contextmanager
    def start(
        cls,
        data_dir: Path,
        env_extra: Mapping[str, str] | None = None,
        args: Sequence[str] = (),
        timeout_s: float = 600,
        client_timeout_s: float = 60,
    ) -> Iterator[BenchServer]:
        """Serve ``data_dir`` (JINGZHI_* variables of this shell are dropped, ``env_extra`` added; the
        rate limits are raised so that a sequential run is not throttled) and stop it afterwards."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("JINGZHI_")}
        env.update(JINGZHI_RATE_LIMIT="100000/minute", JINGZHI_RATE_LIMIT_HEAVY="100000/minute")
        env.update(env_extra or {})
        env["JINGZHI_DATA_DIR"] = str(data_dir)
        add = subprocess.run(  # the relational store only; an existing account is fine
            [str(JINGZHI), "users", "add", USER, "--role", "officer", "--password-stdin"],
            env=env,
            input=PASSWORD,
            capture_output=True,
            text=True,
            check=False,
        )
        if add.returncode != 0 and "exists" not in (add.stderr + add.stdout):
            raise RuntimeError(f"could not add the benchmark officer: {add.stderr.strip() or add.stdout.strip()}")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [str(JINGZHI), "serve", "--port", str(port), *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = httpx.Client(timeout=client_timeout_s)
        try:
            while True:
                try:
                    if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None:
                    raise RuntimeError(f"jingzhi serve exited with code {proc.returncode}")
                if time.perf_counter() - t0 > timeout_s:
                    raise RuntimeError(f"jingzhi serve did not answer /healthz within {timeout_s:.0f} s")
                time.sleep(0.05)
            ready = time.perf_counter() - t0
            r = client.post(url + "/v1/auth/token", data={"username": USER, "password": PASSWORD})
            r.raise_for_status()
            client.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
            yield cls(proc, url, ready, client)
        finally:
            client.close()
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
