"""python -m etl.accel [build]: see etl/accel/__init__.py."""

import sys

from etl.accel import __doc__ as usage, build, install, status


def main(argv: list[str]) -> int:
    if argv == ["build"]:
        print(f"built {build()}")
        return 0
    if argv:
        print(usage, file=sys.stderr)
        return 2
    print("\n".join(status(install())))
    return 0


raise SystemExit(main(sys.argv[1:]))
