"""Entry point: ``python -m pause_app`` and the ``pause-app`` gui script."""

import sys


def main() -> int:
    from pause_app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
