"""The compiled analysis (etl/accel): a build is used only by the interpreter that made it and only while the source it
was made from is unchanged; CNFACTS_ACCEL=0 turns it off. One small module is compiled for real here (Cython and the C
compiler, some seconds); bench/bench_accel.py holds the whole build to the same facts as the sources over the corpus."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from etl import accel

MODULE = "etl.context.phrases"
PROBE = """
import json, sys
from etl.context import phrases
words = ["国内生产总值", "生产总值", "总值", "增长", "城镇新增就业", "新增"]
text = sys.stdin.read()
p = phrases.Phrases(words)
print(json.dumps({"file": phrases.__file__, "hits": p.hits(text), "longest": p.longest(text), "n": len(p),
                  "in": ["增长" in p, "减少" in p]}, ensure_ascii=False))
"""
TEXT = "全年国内生产总值增长5%，城镇新增就业1256万人；地区生产总值总值增长"


def run_probe(build: str) -> dict:
    env = {**os.environ, "CNFACTS_ACCEL": build}
    done = subprocess.run([sys.executable, "-c", PROBE], input=TEXT, capture_output=True, text=True, env=env,
                          cwd=accel.ROOT, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return accel.build(tmp_path_factory.mktemp("accel") / "build", (MODULE,), jobs=1)


def edited_copy(built, tmp_path, **changes):
    copy = tmp_path / "build"
    shutil.copytree(built, copy)
    manifest = json.loads((copy / accel.MANIFEST).read_text(encoding="utf-8"))
    manifest.update(changes)
    (copy / accel.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return str(copy)


def test_a_build_is_used_and_computes_what_its_source_does(built):
    compiled, pure = run_probe(str(built)), run_probe("0")
    assert compiled["file"] == str(built / "etl" / "context" / f"phrases{accel.SUFFIX}")
    assert pure["file"] == str(accel.source(MODULE))
    assert {k: v for k, v in compiled.items() if k != "file"} == {k: v for k, v in pure.items() if k != "file"}
    assert pure["hits"]  # (the probe finds something to compare)


def test_a_source_changed_since_the_build_runs_as_written(built, tmp_path):
    manifest = json.loads((built / accel.MANIFEST).read_text(encoding="utf-8"))
    build = edited_copy(built, tmp_path, modules={MODULE: {**manifest["modules"][MODULE],
                                                           "source": accel.digest(b"an older source")}})
    assert run_probe(build)["file"] == str(accel.source(MODULE))


def test_a_compiled_file_that_is_not_the_one_built_is_not_used(built, tmp_path):
    """A truncated or replaced binary (a copy cut short) is refused before it is loaded: the source runs."""
    build = edited_copy(built, tmp_path)
    binary = accel.Finder(tmp_path / "build", {}).binary(MODULE)
    binary.write_bytes(binary.read_bytes()[:4096])
    assert run_probe(build)["file"] == str(accel.source(MODULE))


def test_a_build_by_another_interpreter_is_not_used(built, tmp_path):
    build = edited_copy(built, tmp_path, interpreter="/usr 3.11.2 (main) .cpython-311-x86_64-linux-gnu.so")
    assert run_probe(build)["file"] == str(accel.source(MODULE))


def test_a_new_build_replaces_the_one_before_whole(built, tmp_path):
    where = tmp_path / "build"
    shutil.copytree(built, where)
    (where / "left-over").write_text("from the build before")
    accel.build(where, (MODULE,), jobs=1)
    assert not (where / "left-over").exists()
    assert run_probe(str(where))["file"] == str(where / "etl" / "context" / f"phrases{accel.SUFFIX}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "build.lock"]  # no staging folder left


def test_the_status_says_why_a_module_runs_as_python(built, tmp_path):
    modules = json.loads((built / accel.MANIFEST).read_text(encoding="utf-8"))["modules"]
    finder = accel.Finder(built, modules)
    assert finder.why_not(MODULE) is None
    assert finder.why_not("etl.context.topics") == "not built"
    assert accel.Finder(built, {MODULE: {**modules[MODULE], "source": "0" * 64}}).why_not(MODULE) == \
        "its source changed since the build"
    assert accel.Finder(tmp_path, modules).why_not(MODULE) == "no compiled file"
    assert accel.Finder(built, {MODULE: {**modules[MODULE], "size": 1}}).why_not(MODULE) == \
        "its compiled file is not the one built"
