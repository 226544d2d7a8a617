"""cnfacts ETL: Chinese text in, typed and sourced figures out."""

PARSER_VERSION = "0.1.0"
