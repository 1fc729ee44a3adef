print("imp_ns.beta executing")
from . import alpha
from .regular import R
