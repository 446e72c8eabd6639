"""The operating system, without drawing anything: notifications over D-Bus, one Pause per
user (the single-instance socket), start at login, sound, and the settings watcher."""
