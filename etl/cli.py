"""Thin command line over the library: `python -m etl COMMAND ...`. Every command's help ends in an example."""

from __future__ import annotations

import argparse
import sys

from etl.commands import export_cmd, extract_cmd, ingest_cmd, publish_cmd, sql_cmd

# Each command module exposes NAME, HELP, EXAMPLE, add_arguments(parser) and run(args) -> exit status.
COMMANDS = [extract_cmd, ingest_cmd, publish_cmd, sql_cmd, export_cmd]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m etl",
        description="Figures in Chinese text as typed, sourced facts.",
        epilog="example: echo '223.6万人报名，同比增长18.4%' | python -m etl extract",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        p = sub.add_parser(
            command.NAME,
            help=command.HELP,
            description=command.HELP,
            epilog="example:\n  " + command.EXAMPLE,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        command.add_arguments(p)
        p.set_defaults(run=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        sys.stderr.close()
        return 0
