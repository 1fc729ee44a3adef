# compile/exec/eval: modes exec, eval, single; globals and locals dicts; return values.
code = compile("x = 1\ny = x + 1\n", "<test-exec>", "exec")
print(type(code).__name__, code.co_name, code.co_filename)
ns = {}
print(exec(code, ns))
print(ns["x"], ns["y"], "__builtins__" in ns)

expr = compile("a * 2 + 1", "<test-eval>", "eval")
print(eval(expr, {"a": 20}), eval("len('four')"), eval("[i * i for i in range(4)]"))
print(eval("x + y", {"x": 1}, {"y": 2}), eval("  1 + 1  "), eval("1 +\\\n 2"))

single = compile("print('from single mode')", "<test-single>", "single")
exec(single)
exec(compile("1 + 2", "<single-expr>", "single"))  # single mode prints expression values
exec(compile("None", "<single-none>", "single"))   # ... except None
exec(compile("'text'", "<single-str>", "single"))

g = {"counter": 0}
exec("def bump():\n    global counter\n    counter += 1\nbump()\nbump()", g)
print(g["counter"], callable(g["bump"]))
loc = {}
exec("a = 5\nb = a * 2", {}, loc)
print(loc)
exec("import_free = sum(range(5))", g)
print(g["import_free"])
print(eval("__name__", {"__name__": "custom"}), eval("__builtins__ is not None", {}))
restricted = {"__builtins__": {}}
try:
    eval("len([1])", restricted)
except NameError as e:
    print(type(e).__name__, e)
print(eval("1 if True else 2"), eval("(lambda v: v * 3)(4)"))
for src, mode in [("x =", "exec"), ("a = 1", "eval"), ("1 +", "eval"), ("a\nb", "single")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("1", "<x>", "wrong")
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("raise KeyError('inside exec')")
except KeyError as e:
    print("propagated from exec:", repr(e))
c = compile("def f(): return 42", "<def>", "exec")
space = {}
exec(c, space)
print(space["f"](), space["f"].__code__.co_filename, space["f"].__module__ if "__name__" in space else "module:" + str(space["f"].__module__))
print(eval(compile("40 + 2", "<e>", "eval"), {}))
