"""Benchmarks of the fake edX (`make bench`): figures measured in one run, never asserted.

1. throughput: requests/s and latency percentiles of a detail GET and a paginated list on
   127.0.0.1, one server process, under wrk (or, without wrk, a bounded Python load loop);
   the same two requests against Stoplight Prism serving the same bundled description, and the
   ratio. Targets for the fake's detail GET: at least 1,500 requests/s, p99 under 25 ms.
2. contract: the whole contract suite (every operation, writes included) over HTTP against a
   fresh fake: wall time, and cases per second counted by the fake itself (/__mock__/calls).
   Target: under 10 minutes on 2 cores.

Prism comes from `.bench/node_modules` (make bench installs @stoplight/prism-cli there).
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from edx_mock.pytest_plugin import EdxFake

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / ".bench" / "node_modules" / ".bin" / "prism"
LMS_BUNDLE = ROOT / "generated" / "openapi" / "lms.openapi.yaml"
DEMO = "course-v1:edX+DemoX+Demo_Course"
# The same two operations of the LMS description on both servers (the fake serves the LMS
# under /api, as the description's server URL says; Prism serves the paths at its root).
DETAIL = f"/course_modes/v1/courses/{DEMO}/verified"
LIST = "/enrollment/v1/enrollments/?page_size=5"
SECONDS = 10
CONNECTIONS = 16


@contextmanager
def serving(command: list[str], probe: str, timeout: float = 60.0) -> Iterator[None]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               cwd=ROOT)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                httpx.get(probe, timeout=1.0)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"{command[0]} did not start: {' '.join(command)}") from None
                time.sleep(0.2)
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


def load(url: str, token: str) -> dict[str, float]:
    """Requests/s and p50/p99 latency (ms) of GET url with CONNECTIONS keep-alive connections."""
    status = httpx.get(url, headers={"Authorization": f"JWT {token}"}).status_code
    if status != 200:
        raise RuntimeError(f"GET {url} answered {status}")
    if shutil.which("wrk"):
        return _wrk(url, token)
    return _python_loop(url, token)


def _wrk(url: str, token: str) -> dict[str, float]:
    out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--latency",
                          "-H", f"Authorization: JWT {token}", url],
                         capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"wrk saw errors for {url}:\n{out}")

    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    return {"rps": rate, "p50": ms("50%"), "p99": ms("99%")}


def _python_loop(url: str, token: str, requests_per_connection: int = 1000) -> dict[str, float]:
    """Without wrk: CONNECTIONS threads, each sending a bounded number of keep-alive GETs."""
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    latencies: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)
        mine = []
        for _ in range(requests_per_connection):
            started = time.perf_counter()
            connection.request("GET", target, headers={"Authorization": f"JWT {token}"})
            connection.getresponse().read()
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    quantiles = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / elapsed, "p50": quantiles[49] * 1000, "p99": quantiles[98] * 1000}


def bench_throughput() -> None:
    print(f"throughput: {CONNECTIONS} connections, {SECONDS} s per run, "
          f"load by {'wrk' if shutil.which('wrk') else 'a Python loop (no wrk on PATH)'}")
    fake_base, prism_base = "http://127.0.0.1:8871", "http://127.0.0.1:8872"
    results: dict[str, dict[str, dict[str, float]]] = {}
    with serving([sys.executable, "-m", "edx_mock", "--port", "8871"], f"{fake_base}/__mock__/calls"):
        token = EdxFake(fake_base).token()
        results["fake"] = {name: load(f"{fake_base}/api{path}", token)
                           for name, path in (("detail GET", DETAIL), ("paginated list", LIST))}
    if PRISM.exists():
        with serving([str(PRISM), "mock", "-p", "8872", "-h", "127.0.0.1", str(LMS_BUNDLE)],
                     f"{prism_base}{DETAIL}", timeout=120):
            results["prism"] = {name: load(f"{prism_base}{path}", token)
                                for name, path in (("detail GET", DETAIL), ("paginated list", LIST))}
    else:
        print(f"  (Prism not installed at {PRISM.relative_to(ROOT)}: run `make bench`)")
    for name in ("detail GET", "paginated list"):
        for server, figures in results.items():
            f = figures[name]
            print(f"  {server:<6} {name:<15} {f['rps']:8.0f} req/s   p50 {f['p50']:6.2f} ms"
                  f"   p99 {f['p99']:6.2f} ms")
        if "prism" in results:
            ratio = results["fake"][name]["rps"] / results["prism"][name]["rps"]
            print(f"  fake/prism {name}: {ratio:.2f}x the requests/s")
    detail = results["fake"]["detail GET"]
    print(f"  target (fake detail GET): >= 1500 req/s and p99 < 25 ms -> "
          f"{'met' if detail['rps'] >= 1500 and detail['p99'] < 25 else 'MISSED'}")


def bench_contract() -> None:
    base = "http://127.0.0.1:8873"
    with serving([sys.executable, "-m", "edx_mock", "--port", "8873"], f"{base}/__mock__/calls"):
        token = EdxFake(base).token()
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             "tests/contract/remote_contract.py"], cwd=ROOT, capture_output=True, text=True,
            env={**os.environ, "EDX_CONTRACT_BASE_URL": base, "EDX_CONTRACT_TOKEN": token,
                 "EDX_CONTRACT_ALLOW_WRITES": "1"}, check=False)
        elapsed = time.perf_counter() - started
        cases = httpx.get(f"{base}/__mock__/calls").json()["total"]
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-500:]
    print(f"contract suite over HTTP, every operation, writes included: {summary}")
    print(f"  {cases} cases in {elapsed:.1f} s -> {cases / elapsed:.0f} cases/s "
          f"(target: under 600 s) -> {'met' if elapsed < 600 else 'MISSED'}")


if __name__ == "__main__":
    bench_throughput()
    bench_contract()
