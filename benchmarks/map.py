"""Benchmark the lesson map: first render and slider redraw.

Usage::

    python benchmarks/map.py [--repeats N] [--check]

Reports

* first render: from creating the Figure to the PNG in memory, for the map of the
  article's day (imports and data loading happen before the clock starts);
* slider redraw: the median time of N slider moves in the map explorer, each from setting
  the slider's ``index`` (what the page sends when a key moves the range input) to the new
  picture being ready (markers redrawn, PNG encoded).

Both are printed as wall time and as this process's CPU time (the machine may be shared;
the CPU time holds when the wall time does not). Targets, on wall time: first render under
1.5 s, slider redraw under 300 ms. With ``--check`` the script exits 1 when either is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence

FIRST_RENDER_TARGET = 1.5  # seconds
REDRAW_TARGET = 0.300  # seconds


def first_render() -> tuple[float, float]:
    """Wall and CPU seconds from Figure creation to PNG bytes for the article-day map."""
    import matplotlib.figure  # noqa: F401  (imports are not what is measured)

    from lessonkit.charts import ARTICLE_DATE
    from lessonkit.claims import load_place_changes, load_places
    from lessonkit.mapview import draw_map, load_borders

    places, changes = load_places(), load_place_changes()
    load_borders()
    start, cpu = time.perf_counter(), time.process_time()
    chart = draw_map(places, changes, until=ARTICLE_DATE)
    png = chart.png()  # the picture the lesson shows (the Chart's HTML carries it)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    if not png.startswith(b"\x89PNG"):
        raise RuntimeError("the map did not render to PNG")
    return elapsed, cpu


def slider_redraws(repeats: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds per slider move in the explorer, for ``repeats`` moves."""
    from lessonkit.mapview import map_explorer

    view = map_explorer()
    stops = len(view.slider.options)
    times, cpus = [], []
    for i in range(repeats):
        target = (i + 1) % stops
        if target == view.slider.index:
            target = (i + 2) % stops
        before = view.picture.value
        start, cpu = time.perf_counter(), time.process_time()
        view.slider.index = target  # as the page does when the range input moves
        times.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        if view.picture.value == before:
            raise RuntimeError("the slider moved but the picture did not change")
    return times, cpus


def main(argv: Sequence[str] | None = None) -> int:
    """Run both measurements, print them, and with ``--check`` compare with the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20, help="slider moves to time (20)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        print(f"--repeats must be at least 1 (got {args.repeats})", file=sys.stderr)
        return 2
    first, first_cpu = first_render()
    redraws, cpus = slider_redraws(args.repeats)
    median = statistics.median(redraws)
    first_ok, redraw_ok = first < FIRST_RENDER_TARGET, median < REDRAW_TARGET
    print(
        f"map first render: {first:.3f} s ({first_cpu:.3f} s of CPU; "
        f"target < {FIRST_RENDER_TARGET} s) {'ok' if first_ok else 'MISSED'}"
    )
    print(
        f"slider redraw: median {median * 1000:.0f} ms over {len(redraws)} moves "
        f"(min {min(redraws) * 1000:.0f} ms, max {max(redraws) * 1000:.0f} ms; "
        f"CPU median {statistics.median(cpus) * 1000:.0f} ms; "
        f"target < {REDRAW_TARGET * 1000:.0f} ms) {'ok' if redraw_ok else 'MISSED'}"
    )
    if args.check and not (first_ok and redraw_ok):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
