# ast-args: -i -1
class C(B):
    x = f"{y!r:>10}"
