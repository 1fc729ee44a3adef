# contextvars: ContextVar get/set/reset with Tokens, Context.run/copy and its mapping interface.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        text = str(e)
        # Messages that show a repr carry an address: only their type is printed.
        print(label, "->", type(e).__name__, "" if " at 0x" in text else text)


color = ContextVar("color")
size = ContextVar("size", default=10)

print(color.name, size.name, size.get(), size.get(3), color.get("none"))
show("color.get()", color.get)
try:
    color.get()
except LookupError as e:
    print("LookupError carries the variable:", e.args[0] is color)

token = color.set("red")
print(color.get(), token.var is color, token.old_value is Token.MISSING, repr(Token.MISSING))
token2 = color.set("blue")
print(color.get(), token2.old_value)
color.reset(token2)
print(color.get())
show("reset twice", lambda: color.reset(token2))
show("reset other var's token", lambda: size.reset(token))
color.reset(token)
print(color.get("gone"))

# Context.run and copies
ctx = copy_context()
print(type(ctx).__name__, len(ctx), color in ctx)


def in_ctx(value):
    color.set(value)
    size.set(value * 2 if isinstance(value, int) else 0)
    return color.get(), size.get()


print(ctx.run(in_ctx, 7))
print(color.get("outside unchanged"), size.get())
print(ctx[color], ctx.get(size), ctx.get(ContextVar("other"), "dflt"), len(ctx))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(ctx.values()), sorted((k.name, v) for k, v in ctx.items()))
copy = ctx.copy()
copy.run(color.set, 99)
print(ctx[color], copy[color], ctx == ctx.copy(), ctx == copy)

# Errors of Context
show("ctx[1]", lambda: ctx[1])
show("1 in ctx", lambda: 1 in ctx)
show("Context()[color]", lambda: Context()[color])
show("hash(ctx)", lambda: hash(ctx))
show("Context(1)", lambda: Context(1))
show("ContextVar(1)", lambda: ContextVar(1))
show("Token()", lambda: Token())
show("reset(1)", lambda: color.reset(1))


def reenter():
    return ctx.run(lambda: "inner")


show("run while entered", lambda: ctx.run(reenter))

# A token from another context
other = Context()
tok = other.run(color.set, "x")
show("reset in wrong context", lambda: color.reset(tok))
print(other.run(lambda: (color.reset(tok), color.get("reset ok"))[1]))

# Nested runs see the enclosing context's changes only inside
outer = Context()


def nested():
    size.set(1)
    inner = copy_context()
    inner.run(size.set, 2)
    return size.get(), inner[size]


print(outer.run(nested), outer[size])

# Subclassing is refused; generic aliases
for cls in (ContextVar, Context, Token):
    try:
        type("Sub", (cls,), {})
    except TypeError as e:
        print("subclass", cls.__name__, "->", e)
print(ContextVar[int], Token[str])
print(contextvars.__all__ if hasattr(contextvars, "__all__") else None)
