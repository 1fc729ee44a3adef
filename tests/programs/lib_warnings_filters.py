import warnings, sys
warnings.warn("plain")
warnings.warn("plain")
def f():
    warnings.warn("from f", DeprecationWarning, stacklevel=2)
f()
warnings.warn(UserWarning("instance"))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("caught", RuntimeWarning)
    warnings.warn("caught", RuntimeWarning)
print(len(log), log[0].category.__name__, str(log[0].message), log[0].lineno)
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore")
warnings.warn("hidden")
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
warnings.simplefilter("module")
original_show = warnings.showwarning
warnings.showwarning = lambda *a, **k: print("custom:", a[0], a[1].__name__)
warnings.warn("to custom")
warnings.showwarning = original_show
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  code line  "))
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", int), lambda: warnings.filterwarnings("ignore", category=5)]:
    try: bad()
    except (AssertionError, TypeError) as e: print(type(e).__name__, e)
