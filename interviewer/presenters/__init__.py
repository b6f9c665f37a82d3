"""What the screens show, built without Textual: plain functions over the domain's results, unit-tested.

Screens import presenters, never each other (an import-linter contract in pyproject.toml says so).
"""
