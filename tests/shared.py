"""Where ../shared lives: CNFACTS_SHARED, else beside the project (as in CI's clone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("CNFACTS_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing: set CNFACTS_SHARED to the shared/ folder")
    return path
