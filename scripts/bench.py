"""`make bench`: generation time per vendor, client import time, mock requests per second
(in-process and over loopback HTTP), the generated client's cost per call against a bare httpx
request, and peak memory, printed beside a baseline run.

The first run on a machine becomes the baseline (`.bench/baseline.json`); `--save` replaces it.
Figures are wall-clock times of single runs (300 requests for the mocks): compare runs on the same
machine only, and rerun when a ratio surprises you.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from mocks.server import serving
from scripts.generate import generate_package
from scripts.targets import ACCESS, mock_target
from scripts.vendors import ROOT, Vendor, all_vendors

BASELINE = ROOT / ".bench" / "baseline.json"
REQUESTS = 300

SAMPLE_REQUESTS: dict[str, tuple[str, str, dict[str, object] | list[object]]] = {
    "movalio": ("POST", "/", {"action": "subscribe", "type": "email", "email": "bench@example.org"}),
    "movio": ("PUT", "/films", [{"film_id": f"F{n}", "title": f"Film {n}"} for n in range(10)]),
}


def _generation_seconds(vendor: Vendor) -> float:
    spec = vendor.resolved()
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        generate_package(spec, vendor.project_name, vendor.package_name, Path(scratch))
        return time.perf_counter() - started


def _import_seconds(vendor: Vendor) -> float:
    """Seconds to import one operation module of a generated client in a fresh interpreter."""
    modules = (vendor.client_dir / vendor.package_name / "api").glob("*/*.py")
    module = next(path for path in sorted(modules) if path.name != "__init__.py")
    dotted = ".".join(module.relative_to(vendor.client_dir).with_suffix("").parts)
    code = f"import time; s = time.perf_counter(); import {dotted}; print(time.perf_counter() - s)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(output.stdout)


def _requests_per_second(client: httpx.Client, vendor: str, headers: dict[str, str]) -> float:
    method, path, body = SAMPLE_REQUESTS[vendor]
    started = time.perf_counter()
    for number in range(REQUESTS):
        payload = {**body, "email": f"bench{number}@example.org"} if isinstance(body, dict) else body
        response = client.request(method, path, json=payload, headers=headers)
        if response.status_code >= 300:
            raise RuntimeError(f"{vendor} mock answered {response.status_code}: {response.text[:200]}")
    return REQUESTS / (time.perf_counter() - started)


def _client_calls_per_second() -> tuple[float, float]:
    """Calls per second to E-goi's Get My Account, answered by a canned response in memory:
    through the generated client (parsing into models) and as a bare httpx request (JSON only)."""
    from egoi_client.api.my_account import get_my_account
    from egoi_client.auth import connect_apikey

    spec = next(v for v in all_vendors() if v.name == "egoi").resolved()
    media = spec["paths"]["/my-account"]["get"]["responses"]["200"]["content"]["application/json"]
    body = next(iter(media["examples"].values()))["value"]
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = connect_apikey(key="bench", httpx_args={"transport": transport})
    bare = httpx.Client(base_url="https://api.egoiapp.com", transport=transport, headers={"Apikey": "bench"})
    started = time.perf_counter()
    for _ in range(REQUESTS):
        get_my_account.sync(client=client)
    through_client = REQUESTS / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(REQUESTS):
        bare.get("/my-account").json()
    return through_client, REQUESTS / (time.perf_counter() - started)


def measure() -> dict[str, float]:
    """Every figure, by name."""
    figures: dict[str, float] = {}
    for vendor in all_vendors():
        figures[f"generate {vendor.name} (s)"] = _generation_seconds(vendor)
        figures[f"import {vendor.package_name} operation (s)"] = _import_seconds(vendor)
    for name in ACCESS:
        target = mock_target(name)
        assert target.app is not None
        headers = target.auth_headers()
        with target.http() as in_process:
            figures[f"mock {name} in-process (req/s)"] = _requests_per_second(in_process, name, headers)
        target.app.reset()
        with serving(target.app) as served, httpx.Client(base_url=served.base_url) as loopback:
            figures[f"mock {name} loopback (req/s)"] = _requests_per_second(loopback, name, headers)
    client, bare = _client_calls_per_second()
    figures["egoi client get_my_account (calls/s)"] = client
    figures["bare httpx get /my-account (calls/s)"] = bare
    figures["peak memory (MiB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def render(figures: dict[str, float], baseline: dict[str, float]) -> str:
    """The figures beside the baseline, with the ratio now / baseline."""
    lines = [f"{'figure':<42}{'now':>11}{'baseline':>11}{'ratio':>8}"]
    for name, value in figures.items():
        before = baseline.get(name)
        ratio = f"{value / before:>8.2f}" if before else f"{'-':>8}"
        shown = f"{before:>11.3f}" if before is not None else f"{'-':>11}"
        lines.append(f"{name:<42}{value:>11.3f}{shown}{ratio}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--save", action="store_true", help="make this run the baseline")
    args = parser.parse_args(argv)
    figures = measure()
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    print(render(figures, baseline))
    if args.save or not baseline:
        BASELINE.parent.mkdir(exist_ok=True)
        BASELINE.write_text(json.dumps(figures, indent=2))
        print(f"saved as the baseline: {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
