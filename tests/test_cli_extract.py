"""`python -m etl extract` as a new user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

EXAMPLE = "2025年度社会工作者职业资格考试有223.6万人报名，同比增长18.4%"


def _extract(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "etl", "extract", *args], input=stdin, capture_output=True, timeout=120)


def test_new_user_example():
    done = _extract(stdin=EXAMPLE.encode("utf-8"))
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [(r["mention"], r["value"], r["unit"]) for r in rows] == [("223.6万人", 2236000, "人"), ("18.4%", 18.4, "%")]
    change = rows[1]
    assert (change["measure"], change["basis"], change["refers_to"]) == ("change", "yoy", "223.6万人")
    assert all(EXAMPLE[r["char_start"] : r["char_end"]] == r["mention"] for r in rows)


def test_gb18030_file(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("辽宁建成1.2万余个爱心驿站。".encode("gb18030"))
    done = _extract(str(path))
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [(r["mention"], r["value"], r["approx"]) for r in rows] == [("1.2万余个", 12000, "more_than")]


def test_bad_file_is_named_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("城镇新增就业1256万人。", encoding="utf-8")
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02\xff\xfe" * 50)
    done = _extract(str(good), str(bad))
    assert done.returncode == 2
    assert "bad.bin" in done.stderr.decode("utf-8")
    assert [json.loads(line)["mention"] for line in done.stdout.decode("utf-8").splitlines()] == ["1256万人"]


def test_help_ends_in_an_example():
    done = subprocess.run([sys.executable, "-m", "etl", "extract", "--help"], capture_output=True, timeout=60)
    assert done.stdout.decode().rstrip().splitlines()[-1].strip().startswith("echo ")
