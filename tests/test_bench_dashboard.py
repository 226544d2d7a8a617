"""bench/bench_dashboard.py's report: a warm render is paired with the reference rendered just before it, its wall time
with the reference's wall time and its renderer CPU time with the reference's CPU time; only the wall-time ratio has
a goal."""

from __future__ import annotations

import pytest

from bench import bench_dashboard as bench
from bench.bench_dashboard import CPU_HOW, Timing

REFERENCE_HOW = "browser, bare page with 4 charts, paired"


def _rows(wall: list[float], cpu: list[float]) -> list[Timing]:
    return [Timing("corpus", "first render /", "browser, warm", wall),
            Timing("corpus", "first render /", f"browser, warm, {CPU_HOW}", cpu),
            Timing("corpus", "reference /", REFERENCE_HOW, [2.0, 2.0, 2.0]),
            Timing("corpus", "reference /", f"{REFERENCE_HOW}, {CPU_HOW}", [1.0, 1.0, 1.0])]


@pytest.mark.parametrize(("wall", "cpu", "met", "wall_goal", "cpu_note"), [
    pytest.param([2.4, 2.5, 2.6], [1.4, 1.5, 1.6], True, "1.25× ref (≤ 1.3×) | ok", "1.50× ref's CPU |  |",
                 id="wall-within-goal-cpu-has-none"),
    pytest.param([3.0, 3.0, 3.2], [1.2, 1.2, 1.2], False, "1.50× ref (≤ 1.3×) | MISSED", "1.20× ref's CPU |  |",
                 id="wall-missed-whatever-the-cpu"),
])
def test_report_pairs_wall_with_wall_and_cpu_with_cpu(capsys, wall, cpu, met, wall_goal, cpu_note):
    assert bench.report(_rows(wall, cpu)) is met
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("| corpus | first render / | browser, warm |") and wall_goal in line for line in lines)
    assert any(f"browser, warm, {CPU_HOW} |" in line and cpu_note in line for line in lines)


def test_renderer_cpu_counts_only_renderers_started_from_this_process():
    """Seconds by process id, only chromium renderers under this process (none unless a browser test left one
    running); no error on a system without /proc."""
    found = bench._renderer_cpu()
    assert all(isinstance(pid, int) and seconds >= 0 for pid, seconds in found.items())
