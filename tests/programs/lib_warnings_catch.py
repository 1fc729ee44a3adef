import warnings, io
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("a"); warnings.warn("b", DeprecationWarning)
print([str(x.message) for x in w], [x.category.__name__ for x in w], str(w[0]).split(",")[0])
with warnings.catch_warnings(action="ignore"):
    warnings.warn("hidden")
print(repr(warnings.catch_warnings(record=True)))
c = warnings.catch_warnings()
try:
    c.__exit__()
except RuntimeError as e: print(e)
with c:
    try:
        c.__enter__()
    except RuntimeError as e: print(e)
s = io.StringIO()
warnings.showwarning("m", UserWarning, "x.py", 1, s, "line  ")
print(repr(s.getvalue()))
warnings.formatwarning = lambda m, c, f, l, line=None: f"FMT {m}\n"
warnings.warn("formatted")
