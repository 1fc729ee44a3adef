import sys, gc
print(sys.abiflags == "" or sys.abiflags, sys.api_version, sys.float_repr_style, sys.pycache_prefix)
print(type(sys.stdlib_module_names).__name__, "os" in sys.stdlib_module_names, "asyncio" in sys.stdlib_module_names, len(sys.stdlib_module_names))
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names, sys.builtin_module_names == tuple(sorted(sys.builtin_module_names)))
print(sys.thread_info.lock, sys.thread_info.version)
print(sys.getswitchinterval()); sys.setswitchinterval(0.01); print(sys.getswitchinterval())
for bad in [lambda: sys.setswitchinterval(0), lambda: sys.setswitchinterval("x")]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(sys.get_asyncgen_hooks())
def fi(g): print("firstiter", type(g).__name__)
sys.set_asyncgen_hooks(firstiter=fi)
print(sys.get_asyncgen_hooks().firstiter is fi, sys.get_asyncgen_hooks()[1])
try: sys.set_asyncgen_hooks(finalizer=5)
except TypeError as e: print(e)
async def agen():
    yield 1
g = agen()
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("got", e.value)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
print(sys.get_coroutine_origin_tracking_depth()); sys.set_coroutine_origin_tracking_depth(3); print(sys.get_coroutine_origin_tracking_depth())
try: sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e: print(e)
print(sys.is_finalizing(), sys.getdlopenflags())
sys._clear_type_cache()
print(sys.unraisablehook is sys.__unraisablehook__, sys.breakpointhook is sys.__breakpointhook__)
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__))
sys.unraisablehook = hook
class D:
    def __del__(self):
        raise KeyError("in del")
d = D(); del d
gc.collect()
print(seen)
sys.unraisablehook = sys.__unraisablehook__
class E:
    def __del__(self):
        raise KeyError("shown")
    def __repr__(self):
        return "<E>"
import io
saved, sys.stderr = sys.stderr, io.StringIO()
e = E(); del e
gc.collect()
report, sys.stderr = sys.stderr.getvalue(), saved
first, rest = report.split("\n", 1)
print(first.split(" at 0x")[0])
print(rest)
print(type(sys.UnraisableHookArgs) if hasattr(sys, "UnraisableHookArgs") else "no type attr")
