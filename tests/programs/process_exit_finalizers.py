# At exit, after the atexit functions, the objects that only the main module's globals keep run
# their __del__, and unreachable cycles are collected. (The order of the __del__ calls follows
# CPython's collector's lists, an implementation detail: they are printed sorted.)
import subprocess
import sys

script = r'''
import atexit

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

class Cycle:
    def __del__(self):
        print("del cycle")

first = Noisy("first")
_private = Noisy("_private")
held = [Noisy("in a list")]
shared = Noisy("shared")
alias = shared
loop = Cycle()
loop.me = loop
del loop
atexit.register(print, "atexit")
print("end of script")
'''
result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
lines = result.stdout.splitlines()
print(lines[:2])
print(sorted(lines[2:]))
print("stderr:", repr(result.stderr), "exit:", result.returncode)
