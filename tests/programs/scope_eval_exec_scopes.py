# Scopes as exec/eval see them: separate globals and locals dicts, functions defined in exec.
g = {"x": 1}
l = {"y": 2}
exec("z = x + y", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
print("__builtins__" in g)

# A function defined by exec with separate dicts cannot see the locals dict.
code = """
v = 10
def f():
    return v
try:
    result = f()
except NameError as e:
    result = str(e)
"""
gl = {}
lo = {}
exec(code, gl, lo)
print(lo["result"])
gl2 = {}
exec(code, gl2)
print(gl2["result"])

print(eval("a * b", {"a": 3}, {"b": 4}))
print(eval("[n * k for n in range(3)]", {"k": 5}))
try:
    print("comprehension in eval with locals:", eval("[n * k for n in range(3)]", {}, {"k": 5}))
except NameError as e:
    print("comprehension in eval with locals:", type(e).__name__, e)


def in_function():
    local_var = "loc"
    return eval("local_var")


print(in_function())

ns = {}
exec("class A:\n    val = 5\n    def m(self):\n        return self.val * 2\n", ns)
print(ns["A"]().m())
exec("import_free = [i for i in range(3)]", ns)
print(ns["import_free"])
