"""Use cases over an audit that the CLI commands and the screens share (plain Python, no Textual)."""
