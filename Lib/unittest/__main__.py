"""`python -m unittest`: run the tests named on the command line, or discover them."""

import os.path as _path
import sys

from .main import main

__unittest = True

if sys.argv[0].endswith("__main__.py"):
    # Usage messages name the program the way it was started.
    sys.argv[0] = _path.basename(sys.executable) + " -m unittest"

main(module=None)
