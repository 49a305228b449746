"""Speed of the journey engine, as ratios against a floor measured in the same run (never a timed test).

Prints the median time to build one family's full journey and to load the rule catalog, each with its ratio to
a baseline (the same number of plain date additions as the journey has events, a floor no engine can beat), and
the journeys per second over 10,000 random families. Targets (issue 2): under 2 ms per journey, under 20 ms for
the catalog, on the development machine.

    .venv/bin/python benchmarks/bench_engine.py [--families N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
import tomllib
from collections.abc import Callable

from parcours_app.core.errors import ParcoursError
from parcours_app.core.journey import build_journey
from parcours_app.core.model import Child, Family, MaternityOptions, Pregnancy, Region
from parcours_app.core.rules import default_rules_dir, load_catalog

TODAY = dt.date(2026, 11, 22)


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def typical_family() -> Family:
    """One pregnancy (twins, third rank) and one child at home: about 120 events."""
    return Family(
        pregnancies=(
            Pregnancy(
                key="pregnancy2",
                ddr=dt.date(2026, 5, 4),
                multiple=2,
                children_before=1,
                maternity=MaternityOptions(pathological_days_before=14),
            ),
        ),
        children=(Child(key="", birth=dt.date(2024, 2, 29)),),
        region=Region.ALSACE_MOSELLE,
    )


def random_family(rng: random.Random) -> Family:
    due = TODAY + dt.timedelta(days=rng.randint(-300, 280))
    birth = due + dt.timedelta(days=rng.randint(-30, 10)) if due + dt.timedelta(days=10) < TODAY else None
    children = tuple(
        Child(key="" if i == 0 else f"child{i + 1}", birth=TODAY - dt.timedelta(days=rng.randint(400, 3000)))
        for i in range(rng.randint(0, 2))
    )
    return Family(
        pregnancies=(
            Pregnancy(
                key="pregnancy2" if children else "",
                due=due,
                birth=birth if birth is not None and birth <= TODAY else None,
                multiple=rng.choice((1, 1, 1, 2)),
                children_before=len(children),
            ),
        ),
        children=children,
        region=rng.choice(list(Region)),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=10_000)
    options = parser.parse_args()

    catalog = load_catalog()
    family = typical_family()
    journey = build_journey(family, catalog, TODAY)
    events = len(journey.events)

    # Baseline: as many plain date additions as there are events, twice (start and end).
    deltas = [dt.timedelta(days=n) for n in range(2 * events)]

    def floor() -> None:
        for delta in deltas:
            _ = TODAY + delta

    baseline = median_seconds(floor, 2000)
    per_journey = median_seconds(lambda: build_journey(family, catalog, TODAY), 500)
    per_catalog = median_seconds(load_catalog, 50)
    # The catalog's own floor: only parsing the same TOML files with tomllib, without any validation.
    rule_files = sorted(default_rules_dir().glob("*.toml"))

    def parse_only() -> None:
        for path in rule_files:
            with path.open("rb") as handle:
                tomllib.load(handle)

    toml_floor = median_seconds(parse_only, 50)

    rng = random.Random(20261122)
    families = [random_family(rng) for _ in range(options.families)]
    each_time: list[float] = []
    built = refused = 0
    for each in families:
        start = time.perf_counter()
        try:
            build_journey(each, catalog, TODAY)
            built += 1
        except ParcoursError:
            refused += 1
        each_time.append(time.perf_counter() - start)
    elapsed = sum(each_time)
    each_time.sort()
    random_median = statistics.median(each_time)
    random_p90 = each_time[int(len(each_time) * 0.9)]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    print(f"events in the typical journey        : {events}")
    print(f"baseline ({2 * events} date additions)       : {baseline * 1e6:8.1f} µs")
    print(
        f"build_journey, median                : {per_journey * 1e3:8.3f} ms ({per_journey / baseline:.0f} x baseline)"
    )
    print(f"tomllib parse of the rule files      : {toml_floor * 1e3:8.3f} ms")
    print(
        f"load_catalog, median                 : {per_catalog * 1e3:8.3f} ms "
        f"({per_catalog / toml_floor:.2f} x the bare parse, {per_catalog / baseline:.0f} x baseline)"
    )
    print(
        f"random families                      : {options.families} in {elapsed:.2f} s = "
        f"{options.families / elapsed:,.0f} journeys/s ({built} built, {refused} refused)"
    )
    print(
        f"random families, per journey         : median {random_median * 1e3:.3f} ms "
        f"({random_median / baseline:.0f} x baseline), 90th percentile {random_p90 * 1e3:.3f} ms"
    )
    print(
        f"machine load average (1 min)         : {load:.1f} on {os.cpu_count()} CPUs (a busy machine slows every line)"
    )
    journey_ok = per_journey < 0.002 and random_median < 0.002
    print(
        f"targets: journey < 2 ms -> {'ok' if journey_ok else 'MISSED'}; "
        f"catalog < 20 ms -> {'ok' if per_catalog < 0.020 else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
