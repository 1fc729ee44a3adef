"""Ferrython has a single decimal implementation (Lib/decimal.py, written in
Python); this name stands for CPython's C accelerator and re-exports it."""

from decimal import *
from decimal import __version__, __libmpdec_version__
