"""Persistence of audits: one SQLite file per audit, schema and migrations, merge. No UI."""
