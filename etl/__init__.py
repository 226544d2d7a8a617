"""cnfacts ETL: Chinese text in, typed and sourced figures out."""

PARSER_VERSION = "0.1.0"

from etl import accel as _accel

_accel.install()  # the compiled analysis, where `make accel` built it for this interpreter (etl/accel/__init__.py)
