"""`make bench`: generation time per vendor, client import time, mock requests per second
(in-process and over loopback HTTP), the generated client's cost per call against a bare httpx
request, and peak memory, printed beside a baseline run.

The first run on a machine becomes the baseline (`.bench/baseline.json`); `--save` replaces it.
Figures are wall-clock times of single runs (300 requests for the mocks): compare runs on the same
machine only, and rerun when a ratio surprises you.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import yaml

from mocks import known_vendors
from mocks.registry import rules_of
from mocks.routing import Operation, operations
from mocks.server import serving
from scripts import bench_mocks
from scripts.generate import CONFIG, generate_package
from scripts.targets import mock_target
from scripts.vendors import ROOT, Vendor, all_vendors

BASELINE = ROOT / ".bench" / "baseline.json"
REQUESTS = 300


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
    """Requests per second for the vendor's sample requests (its rules module's `sample`)."""
    sample = rules_of(vendor).sample
    if sample is None:
        raise RuntimeError(f"{vendor}: the mock rules give no sample request to benchmark")
    started = time.perf_counter()
    for number in range(REQUESTS):
        request = sample(number)
        response = client.request(
            request.method, request.path.lstrip("/"), json=request.body, headers=headers
        )
        if response.status_code >= 300:
            raise RuntimeError(f"{vendor} mock answered {response.status_code}: {response.text[:200]}")
    return REQUESTS / (time.perf_counter() - started)


def _plain_read(spec: dict[str, Any]) -> tuple[Operation, Any]:
    """The first GET without parameters whose 200 answer has a JSON example, and that example."""
    for operation in operations(spec):
        declared = [*operation.path_item.get("parameters", []), *operation.definition.get("parameters", [])]
        media = (
            operation.definition["responses"].get("200", {}).get("content", {}).get("application/json", {})
        )
        if operation.method == "get" and not declared and media.get("examples"):
            return operation, next(iter(media["examples"].values()))["value"]
    raise LookupError("no GET without parameters with a 200 example")


def _client_calls_per_second(vendor: Vendor) -> tuple[str, float, float]:
    """Calls per second to a plain read of `vendor` answered by its example in memory: through
    the generated client (parsing into models) and as a bare httpx request (JSON only)."""
    operation, body = _plain_read(vendor.resolved())
    package = vendor.client_dir / vendor.package_name
    module_path = next((package / "api").glob(f"*/{operation.operation_id}.py"))
    dotted = ".".join(module_path.relative_to(vendor.client_dir).with_suffix("").parts)
    endpoint = importlib.import_module(dotted)
    client_module = importlib.import_module(f"{vendor.package_name}.client")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    base_url = "https://api.test"
    client = client_module.AuthenticatedClient(
        base_url=base_url, token="bench", httpx_args={"transport": transport}
    )
    bare = httpx.Client(base_url=base_url, transport=transport, headers={"Authorization": "bench"})
    started = time.perf_counter()
    for _ in range(REQUESTS):
        endpoint.sync(client=client)
    through_client = REQUESTS / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(REQUESTS):
        bare.get(operation.template).json()
    return operation.operation_id, through_client, REQUESTS / (time.perf_counter() - started)


def _largest_vendor() -> Vendor:
    """The vendor with the most operations: the client whose costs matter most."""
    return max(all_vendors(), key=lambda vendor: sum(1 for _ in operations(vendor.resolved())))


def _cached_import_seconds(project: Path, module: str, runs: int = 5) -> float:
    """The fastest of `runs` imports of `module` from `project`, each in a fresh interpreter with
    its bytecode cached (a first import writes the cache)."""
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache, "PYTHONPATH": str(project)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        code = f"import time; s = time.perf_counter(); import {module}; print(time.perf_counter() - s)"
        command = [sys.executable, "-c", code]
        outputs = [
            subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(runs + 1)
        ]
    return min(map(float, outputs[1:]))


def _import_against_vanilla(vendor: Vendor) -> dict[str, float]:
    """Seconds to import one operation module of `vendor`'s client, bytecode cached: ours, and a
    vanilla openapi-python-client generation (no custom templates) of the same spec and config."""
    modules = (vendor.client_dir / vendor.package_name / "api").glob("*/*.py")
    module = next(path for path in sorted(modules) if path.name != "__init__.py")
    within = ".".join(module.relative_to(vendor.client_dir / vendor.package_name).with_suffix("").parts)
    vanilla_package = f"{vendor.package_name}_vanilla"
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        spec_file, config_file, project = folder / "openapi.json", folder / "config.yaml", folder / "out"
        spec_file.write_text(json.dumps(vendor.resolved()), encoding="utf-8")
        config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
        config |= {"project_name_override": "vanilla", "package_name_override": vanilla_package}
        config_file.write_text(yaml.safe_dump(config), encoding="utf-8")
        path = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
        command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec_file)]
        subprocess.run(
            [*command, "--config", str(config_file), "--output-path", str(project)],
            env={**os.environ, "PATH": path},
            capture_output=True,
            check=True,
        )
        vanilla = _cached_import_seconds(project, f"{vanilla_package}.{within}")
    ours = _cached_import_seconds(vendor.client_dir, f"{vendor.package_name}.{within}")
    return {
        f"import {vendor.package_name} op, cached (s)": ours,
        "same, vanilla 0.29.1 (s)": vanilla,
    }


def measure() -> dict[str, float]:
    """Every figure, by name."""
    figures: dict[str, float] = {}
    for vendor in all_vendors():
        figures[f"generate {vendor.name} (s)"] = _generation_seconds(vendor)
        figures[f"import {vendor.package_name} operation (s)"] = _import_seconds(vendor)
    for name in known_vendors():
        target = mock_target(name, env={})
        assert target.app is not None
        headers = target.credentials().headers
        with target.http() as in_process:
            figures[f"mock {name} in-process (req/s)"] = _requests_per_second(in_process, name, headers)
        target.app.reset()
        with serving(target.app) as served, httpx.Client(base_url=served.base_url + "/") as loopback:
            figures[f"mock {name} loopback (req/s)"] = _requests_per_second(loopback, name, headers)
    largest = _largest_vendor()
    operation_id, client, bare = _client_calls_per_second(largest)
    figures[f"{largest.package_name} {operation_id} (calls/s)"] = client
    figures["bare httpx, same request (calls/s)"] = bare
    figures |= _import_against_vanilla(largest)
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
    print(bench_mocks.report())  # the mocks beside Prism over loopback, and the load generator's ceiling
    if args.save or not baseline:
        BASELINE.parent.mkdir(exist_ok=True)
        BASELINE.write_text(json.dumps(figures, indent=2))
        print(f"saved as the baseline: {BASELINE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
