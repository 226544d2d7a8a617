"""The analysis compiled, optionally: the modules that analyse a document, compiled unchanged by Cython into
build/accel/ (`make accel`), make an ingest about 1.2× as fast. The Python sources stay the program. A compiled module
is imported only while the hash its manifest holds is that of its source on disk, its compiled file is the one built, and
it was built by this interpreter (its installation, version and ABI), so an edited module runs as written until the next
build, and a stale or foreign build is never used.

    python -m etl.accel build     # compile (Cython and a C compiler; about three minutes on two cores)
    python -m etl.accel           # which modules load compiled, and why the others do not

CNFACTS_ACCEL names another build folder, or turns the compiled modules off (CNFACTS_ACCEL=0). A function defined inside
another in a compiled module (a closure, a lambda) does not pickle: hand workers top-level functions (etl/load/work.py).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from importlib.machinery import ExtensionFileLoader, ModuleSpec
from importlib.util import spec_from_file_location
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "build" / "accel"
MANIFEST = "manifest.json"
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
# What analyses a document (etl/context/pipeline.py and what it calls): the figure engine, the attribution, the rows
MODULES = tuple(
    [f"etl.figures.{m}" for m in ("numerals", "numbers", "lexicon", "find", "changes", "resolve", "identifiers", "extract")]
    + [f"etl.context.{m}" for m in ("phrases", "period", "layout", "regions", "reference", "indicators", "metric",
                                    "topics", "redact", "reader", "pipeline")]
    + ["etl.load.rows"])
DIRECTIVES = {"language_level": 3, "binding": True, "annotation_typing": False}  # annotations are hints, as in Python


def source(name: str, root: Path = ROOT) -> Path:
    return root.joinpath(*name.split(".")).with_suffix(".py")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def interpreter() -> str:
    """Who may load a build: an interpreter of the same installation, version and ABI (any executable of one venv)."""
    return f"{os.path.realpath(sys.base_prefix)} {sys.version} {SUFFIX}"


class Finder:
    """A meta path finder that answers for the built modules whose sources are unchanged, and for nothing else.
    ``modules``: each module's source hash and the size of its compiled file, as the build's manifest holds them."""

    def __init__(self, folder: Path, modules: dict[str, dict]):
        self.folder = folder
        self.modules = modules

    def binary(self, name: str) -> Path:
        return self.folder.joinpath(*name.split(".")).with_suffix(SUFFIX)

    def why_not(self, name: str) -> str | None:
        """None when ``name`` loads compiled, else the reason it does not."""
        built = self.modules.get(name)
        if built is None:
            return "not built"
        try:
            if digest(source(name).read_bytes()) != built["source"]:
                return "its source changed since the build"
        except OSError:
            return "no source"
        try:
            size = self.binary(name).stat().st_size
        except OSError:
            return "no compiled file"
        return None if size == built["size"] else "its compiled file is not the one built"

    def find_spec(self, name: str, path=None, target=None) -> ModuleSpec | None:
        if name not in self.modules or self.why_not(name) is not None:
            return None
        binary = str(self.binary(name))
        return spec_from_file_location(name, binary, loader=ExtensionFileLoader(name, binary))


def folder() -> Path | None:
    """The build in use: build/accel, or the folder CNFACTS_ACCEL names; None when it says 0 (the sources only)."""
    chosen = os.environ.get("CNFACTS_ACCEL")
    if chosen is None or chosen == "1":
        return FOLDER
    return None if chosen in ("", "0") else Path(chosen).resolve()


def read_manifest(where: Path) -> dict | None:
    """The build's manifest when this interpreter may use it, else None (none, unreadable, or another's)."""
    try:
        manifest = json.loads((where / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("interpreter") != interpreter() or \
            not isinstance(manifest.get("modules"), dict) or \
            not all(isinstance(m, dict) and {"source", "size"} <= m.keys() for m in manifest["modules"].values()):
        return None
    return manifest


def install() -> Finder | None:
    """Put a finder for the build before the others (once); None when there is no build for this interpreter."""
    where = folder()
    if where is None:
        return None
    for finder in sys.meta_path:
        if isinstance(finder, Finder):
            return finder
    manifest = read_manifest(where)
    if manifest is None:
        return None
    finder = Finder(where, manifest["modules"])
    sys.meta_path.insert(0, finder)
    return finder


def build(where: Path | None = None, modules: tuple[str, ...] = MODULES, jobs: int = 2) -> Path:
    """Compile ``modules`` into ``where`` (the build in use, see folder) and write its manifest. The build is made in a
    folder beside it and renamed into place whole, its manifest written last, one build at a time (a lock file): a
    process never sees half a build, and an interrupted build leaves the one before in place."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    where = where or folder() or FOLDER
    where.parent.mkdir(parents=True, exist_ok=True)
    with open(where.with_name(where.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        staging = Path(tempfile.mkdtemp(prefix=f".{where.name}-", dir=where.parent))
        try:
            with tempfile.TemporaryDirectory(prefix="accel-") as tmp:
                work = Path(tmp)
                sources = {}
                for name in modules:
                    data = source(name).read_bytes()  # compiled and hashed from one reading
                    copy = source(name, work / "src")
                    copy.parent.mkdir(parents=True, exist_ok=True)
                    copy.write_bytes(data)
                    sources[name] = digest(data)
                extensions = [Extension(name, [str(source(name, work / "src"))], extra_compile_args=["-w"])
                              for name in modules]  # (-w: the warnings are of the generated C, not of the sources)
                compiler = Distribution({"name": "etl-accel", "ext_modules": cythonize(
                    extensions, compiler_directives=DIRECTIVES, quiet=True, build_dir=str(work / "c"), nthreads=jobs)}
                ).get_command_obj("build_ext")  # (no setup(): it would read the project's pyproject.toml)
                compiler.build_lib, compiler.build_temp, compiler.parallel = str(staging), str(work / "o"), jobs
                compiler.ensure_finalized()
                compiler.run()
            finder = Finder(staging, {})
            manifest = {"interpreter": interpreter(),
                        "modules": {name: {"source": sources[name], "size": finder.binary(name).stat().st_size}
                                    for name in modules}}
            (staging / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
            old = where.with_name(f".{where.name}-old")
            shutil.rmtree(old, ignore_errors=True)
            if where.exists():
                os.rename(where, old)  # (between the two renames no build: the sources run)
            os.rename(staging, where)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return where


def status(finder: Finder | None) -> list[str]:
    if finder is None:
        where = folder()
        return [f"no build for this interpreter in {where}" if where else "compiled modules off (CNFACTS_ACCEL=0)"]
    lines = []
    for name in MODULES:
        why = finder.why_not(name)
        lines.append(f"{name}: " + ("compiled" if why is None else f"Python ({why})"))
    return lines
