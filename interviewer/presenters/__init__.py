"""What screens show, built without Textual (unit-tested as plain Python)."""
