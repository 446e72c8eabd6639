"""Pure domain logic. Imports no Qt and no sqlite3; takes ``now`` as an argument."""
