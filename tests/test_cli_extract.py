"""`python -m etl extract` as a new user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

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


def test_piped_json_lines_are_read_as_json_lines():
    """Issue 12: `extract -` reads JSON Lines like a .jsonl file (one document per line, named by its id)."""
    lines = [{"id": "a", "text": "城镇新增就业1256万人。"}, {"id": "b", "text": "同比增长18.4%。"}]
    done = _extract("-", stdin="".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode("utf-8"))
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [(r["doc"], r["mention"], r["char_start"]) for r in rows] == [("a", "1256万人", 6), ("b", "18.4%", 4)]


def test_fifo_and_bad_lines_are_named_and_nothing_hangs(tmp_path):
    os.mkfifo(tmp_path / "pipe")  # no writer: reading it would wait for ever
    (tmp_path / "c.jsonl").write_bytes(b'{"text": "a\\ud800"}\n{"id": "ok", "text": "\xe5\xa2\x9e\xe9\x95\xbf5%"}\n')
    done = _extract(str(tmp_path))
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2
    assert f"{tmp_path / 'pipe'}: not_regular" in err and f"{tmp_path / 'c.jsonl'}:1: bad_unicode" in err
    assert [json.loads(line)["mention"] for line in done.stdout.decode().splitlines()] == ["5%"]


@pytest.mark.parametrize(
    ("args", "env", "status"),
    [
        pytest.param(["--max-doc-chars", "5"], {}, 2, id="option: too large"),
        pytest.param([], {"CNFACTS_MAX_DOC_CHARS": "5"}, 2, id="environment: too large"),
        pytest.param(["--max-doc-chars", "100"], {"CNFACTS_MAX_DOC_CHARS": "5"}, 0, id="option wins"),
        pytest.param(["--max-doc-chars", "0"], {}, 2, id="zero: usage error"),
    ],
)
def test_max_doc_chars(args, env, status):
    done = subprocess.run([sys.executable, "-m", "etl", "extract", *args], input=EXAMPLE.encode(),
                          capture_output=True, timeout=120, env={**os.environ, **env})
    assert done.returncode == status, done.stderr.decode()
    if status == 2 and "0" not in args:
        assert "too_large" in done.stderr.decode()


def test_values_are_written_as_exact_json_numbers():
    """A value JSON floats would round (0.12345678901234567) is written digit for digit, still a JSON number."""
    import json
    from decimal import Decimal

    from etl.commands.extract_cmd import _json, _number

    line = _json({"value": _number(Decimal("12345678901234.567891")), "whole": _number(Decimal("150000000")),
                  "none": _number(None), "text": "x"})
    record = json.loads(line, parse_float=Decimal)
    assert record == {"value": Decimal("12345678901234.567891"), "whole": 150000000, "none": None, "text": "x"}
