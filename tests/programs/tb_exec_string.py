# An error raised inside code run by exec(): its frames have no source lines.
source = "def f(x):\n    return x[5]\n\nresult = f([1, 2])\n"
namespace = {}
print("running")
exec(source, namespace)
