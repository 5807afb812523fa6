#!/usr/bin/env python
"""Django's command-line utility; `qiao` (the console script) does the same."""

import sys

from qiao.cli import main

if __name__ == "__main__":
    main(sys.argv[1:])
