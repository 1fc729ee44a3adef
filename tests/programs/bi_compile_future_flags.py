# compile() takes __future__ features through its flags (barry_as_FLUFL changes the grammar,
# annotations keeps them as strings), and compile(), exec() and eval() of source pass the
# calling code's features on unless dont_inherit; a future import inside the source applies to
# code compiled after it, not to that source's own grammar.
import __future__

BARRY = __future__.barry_as_FLUFL.compiler_flag
ANNOTATIONS = __future__.annotations.compiler_flag


def show(src, mode="exec", flags=0, dont_inherit=False):
    try:
        code = compile(src, "<s>", mode, flags, dont_inherit)
        print(repr(src), "compiles", eval(code) if mode == "eval" else "", hex(code.co_flags & 0x1FE0000))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.offset)


show("1 <> 2", "eval")
show("1 <> 2", "eval", BARRY)
show("1 != 2", "eval", BARRY)
show("1 != 2", "eval")
show("from __future__ import barry_as_FLUFL\nx = 1 <> 2")
show("from __future__ import barry_as_FLUFL\nx = 1 != 2")
show("x = 1", flags=ANNOTATIONS)
namespace = {}
exec(compile("def f(x: undefined) -> also_undefined: pass", "<s>", "exec", ANNOTATIONS), namespace)
print(namespace["f"].__annotations__)
exec("from __future__ import annotations\ndef g(x: nothing): pass\nresult = compile('def h(y: missing): pass', '<s>', 'exec')\nexec(result)\nprint(h.__annotations__)\nprint(eval('1 if True else 2'))", {})
try:
    exec("from __future__ import annotations\nexec(compile('def h(y: missing): pass', '<s>', 'exec', 0, True))", {})
except NameError as e:
    print("dont_inherit:", e)
