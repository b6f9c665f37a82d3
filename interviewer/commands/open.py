"""`interviewer open`."""

from __future__ import annotations

import argparse
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    pass


def run(args: argparse.Namespace) -> int:
    print("Deze opdracht is nog niet beschikbaar.", file=sys.stderr)
    return 2
