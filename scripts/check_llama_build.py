"""Refuse a llama.cpp build that uses CPU instructions outside the portable set.

The Makefile builds llama-cpp-python with GGML_NATIVE off and an explicit instruction set
(AVX2/FMA/F16C). A wheel built natively on a host that advertises AMX or AVX-512 would trap with
"invalid opcode" on machines where the hypervisor does not let the guest run them, so `make install`
runs this check after installing. Two independent readings:

1. the features llama.cpp says it was compiled with (ggml reports them from its compile-time
   macros in ``llama_print_system_info``);
2. where binutils' ``objdump`` exists, the machine code of the installed ggml libraries: any AMX
   tile instruction or AVX-512 register (``%zmm``) in them fails the check.

It exits non-zero, naming what it found, when a forbidden feature is on.

Usage: python scripts/check_llama_build.py [--json]
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Features a portable build must not be compiled with (ggml's names in llama_print_system_info).
FORBIDDEN = ("AVX512", "AVX512_VBMI", "AVX512_VNNI", "AVX512_BF16", "AMX_INT8", "AMX_TILE", "AMX_BF16", "AVX_VNNI")
REQUIRED = ("AVX2", "FMA", "F16C")


def compiled_features(info: str) -> dict[str, bool]:
    """Parse "AVX2 = 1 | FMA = 1 | …" into {feature: on}."""
    return {name: value == "1" for name, value in re.findall(r"([A-Z0-9_]+) = ([01])", info)}


#: AMX tile instructions and AVX-512 registers, as objdump prints them.
FORBIDDEN_CODE = re.compile(
    r"\t(?:ldtilecfg|sttilecfg|tileloadd|tileloaddt1|tilestored|tilezero|tilerelease|tdpb[su][su]d|tdpbf16ps|tdpfp16ps)\b"
    r"|%zmm\d"
)


def forbidden_code(libs: list[Path]) -> dict[str, int]:
    """{library name: number of AMX / AVX-512 instructions in its machine code} (objdump -d)."""
    objdump = shutil.which("objdump")
    if objdump is None:
        return {}
    found: dict[str, int] = {}
    for lib in libs:
        out = subprocess.run(
            [objdump, "-d", "--no-show-raw-insn", str(lib)], capture_output=True, text=True, check=False
        ).stdout
        count = len(FORBIDDEN_CODE.findall(out))
        if count:
            found[lib.name] = count
    return found


def main() -> int:
    try:
        import llama_cpp
    except ImportError as exc:  # the [llm] extra is not installed: nothing to check
        print(f"llama-cpp-python is not installed ({exc}); nothing to check", file=sys.stderr)
        return 0
    info = llama_cpp.llama_print_system_info()
    text = info.decode() if isinstance(info, bytes) else str(info)
    features = compiled_features(text)
    bad = [name for name in FORBIDDEN if features.get(name)]
    missing = [name for name in REQUIRED if not features.get(name)]
    libs = sorted(Path(llama_cpp.__file__).parent.glob("lib/libggml*.so*"))
    code = forbidden_code(libs)
    if "--json" in sys.argv[1:]:
        print(json.dumps({"features": features, "forbidden_on": bad, "required_off": missing, "forbidden_code": code}))
    if bad or code:
        what = ", ".join(bad + [f"{n} AMX/AVX-512 instructions in {lib}" for lib, n in code.items()])
        print(
            f"llama-cpp-python {llama_cpp.__version__} was compiled with {what}: a native build, which "
            "traps on machines that advertise but cannot run these instructions. Delete the cached wheel "
            "(~/.cache/jingzhi/llama-cpp-wheels) and the venv's stamp (.venv/.installed-*), then `make install`.",
            file=sys.stderr,
        )
        return 1
    if missing:
        print(f"warning: llama.cpp was compiled without {', '.join(missing)}; it runs, but slowly", file=sys.stderr)
    print(f"llama-cpp-python {llama_cpp.__version__}: portable build ({text.strip()[:160]}…)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
