"""python -m etl.accel [build]: see etl/accel/__init__.py."""

import sys

from etl.accel import __doc__ as usage, build, install, status


def main(argv: list[str]) -> int:
    if argv == ["build"]:
        try:
            print(f"built {build()}")
        except Exception as error:  # (Cython or a C compiler missing, a compile error: the sources still run)
            print(f"error: the build failed, the build before (if any) is kept: {type(error).__name__}: {error}",
                  file=sys.stderr)
            return 1
        return 0
    if argv:
        print(usage, file=sys.stderr)
        return 2
    print("\n".join(status(install())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
