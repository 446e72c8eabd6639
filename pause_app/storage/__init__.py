"""Files and the database: sqlite3 and platformdirs, no Qt."""
