"""PyInstaller entry point: the same `main` as the `reader-app` console script."""

import sys

from reader_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
