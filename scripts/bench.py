"""Benchmarks of the client runtime (`make bench`): ratios measured in one run, never asserted.

1. import: `import edx_api_client` plus one LMS endpoint module, against `import httpx, attrs`
   alone (fresh interpreters, median of several runs). Target: at most 1.5x.
2. parse: a 1,000-item page of subscription plans parsed into typed models, against
   `json.loads` of the same bytes. Target: at most 5x.
3. paginate: iterating 100,000 items served 1,000 a page from an in-memory transport; the
   peak memory while iterating 10,000 and 100,000 items should be flat.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLIENT = ROOT / "generated" / "edx-openapi-client"
sys.path.insert(0, str(CLIENT))

RUNS = 9


def import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                  check=True, env={"PYTHONPATH": str(CLIENT)}).stdout)
             for _ in range(RUNS)]
    return statistics.median(times)


def bench_import() -> None:
    baseline = import_seconds("import httpx, attrs")
    ours = import_seconds("import edx_api_client; "
                          "import edx_api_client.lms.api.bookmarks.bookmarks_list")
    print(f"import   httpx+attrs {baseline * 1000:7.1f} ms   edx_api_client + one LMS endpoint "
          f"{ours * 1000:7.1f} ms   ratio {ours / baseline:.2f}x (target <= 1.5x)")


def page_bytes(items: int) -> bytes:
    plan = _example()["results"][0]
    return json.dumps({"count": items, "next": None, "previous": None,
                       "results": [{**plan, "title": f"Plan {n}"} for n in range(items)]}).encode()


def _example() -> Any:
    import yaml

    doc = yaml.safe_load((ROOT / "generated" / "openapi" / "enterprise.openapi.yaml").read_text())
    media = doc["paths"]["/enterprise/v1/subscriptions"]["get"]["responses"]["200"]["content"]
    return media["application/json"]["examples"]["doc"]["value"]


def best_of(function: Any, repeat: int = 7) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return min(timings)


def bench_parse() -> None:
    from edx_api_client.enterprise.models import PaginatedSubscriptionPlanList

    data = page_bytes(1000)
    loads = best_of(lambda: json.loads(data))
    parse = best_of(lambda: PaginatedSubscriptionPlanList.from_dict(json.loads(data)))
    print(f"parse    json.loads {loads * 1000:7.1f} ms   typed models {parse * 1000:7.1f} ms   "
          f"ratio {parse / loads:.1f}x (target <= 5x)")
    profile_parse(data)


def profile_parse(data: bytes) -> None:
    """Where the parsing time goes, by function, for the closing note."""
    import cProfile
    import pstats

    from edx_api_client.enterprise.models import PaginatedSubscriptionPlanList

    profiler = cProfile.Profile()
    profiler.enable()
    PaginatedSubscriptionPlanList.from_dict(json.loads(data))
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("tottime")
    top = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:5]  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    print("         time by function: " + ", ".join(
        f"{Path(func[0]).stem}.{func[2]} {value[2] / total:.0%}" for func, value in top))


def bench_paginate() -> None:
    import httpx
    from edx_api_client.enterprise.api.subscriptions import subscriptions_list

    from edx_api_client import EdxClient, iterate

    plan = json.loads(page_bytes(1))["results"][0]
    per_page = 1000
    total = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        pages = total[0] // per_page
        next_url = None
        if page < pages:
            next_url = f"https://api.edx.org/enterprise/v1/subscriptions?page={page + 1}"
        return httpx.Response(200, json={"count": total[0], "next": next_url, "previous": None,
                                         "results": [plan] * per_page})

    def run(items: int) -> tuple[int, float, float]:
        total[0] = items
        with EdxClient(token="bench", transport=httpx.MockTransport(handler)) as edx:
            tracemalloc.start()
            started = time.perf_counter()
            count = sum(1 for _ in iterate(subscriptions_list.sync_detailed, client=edx.enterprise))
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        return count, elapsed, peak / 2**20

    small = run(10_000)
    large = run(100_000)
    print(f"paginate {small[0]:>7} items {small[1]:5.2f} s peak {small[2]:5.1f} MiB   "
          f"{large[0]:>7} items {large[1]:5.2f} s peak {large[2]:5.1f} MiB   "
          f"memory ratio {large[2] / small[2]:.2f}x (flat: about 1x)")


def main() -> None:
    bench_import()
    bench_parse()
    bench_paginate()


if __name__ == "__main__":
    main()
