import os, sys
os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("hello", "there", sep="-")
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "nosuchmod.f"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "len"
print(breakpoint([1, 2]))
sys.breakpointhook = lambda *a, **k: ("mine", a, k)
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
