# An exception's __context__ is set where it is raised, not again in each frame it leaves.
import contextlib
import sys


class A(Exception):
    pass


class B(Exception):
    pass


class C(Exception):
    pass


def show(label, e):
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(label, " <- ".join(chain))


# raise replaces a context set by hand.
try:
    raise A
except A:
    e = B()
    e.__context__ = C()
    try:
        raise e
    except B as b:
        show("raise replaces:", b)


# A context cleared by hand stays cleared while the exception leaves frames.
def clears():
    try:
        raise A
    except A:
        err = B()
    err.__context__ = None
    return err


def reraises_plain(err):
    raise err


try:
    raise C
except C:
    try:
        reraises_plain(clears())
    except B as b:
        show("raised in a handler:", b)


def clear_and_reraise():
    try:
        raise A
    except A as a:
        a.__context__ = None
        a.__suppress_context__ = False
        saved = a
    try:
        raise saved
    except A as again:
        again.__context__ = None
        raise


def caller():
    try:
        raise C
    except C:
        clear_and_reraise()


try:
    caller()
except A as a:
    show("bare raise keeps it cleared:", a)


# ExitStack: an exception from an exit callback gets the right context.
def cb_raise(exc):
    def callback():
        raise exc
    return callback


try:
    with contextlib.ExitStack() as stack:
        stack.callback(cb_raise(A("first")))
        stack.callback(cb_raise(B("second")))
        raise C("body")
except Exception as e:
    show("exit stack:", e)

try:
    with contextlib.ExitStack() as stack:
        stack.callback(cb_raise(A("only")))
except Exception as e:
    show("exit stack, no body error:", e)


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


try:
    with contextlib.ExitStack() as stack:
        stack.callback(cb_raise(A("after suppress")))
        stack.enter_context(Suppress())
        raise B("suppressed")
except Exception as e:
    show("exit stack, suppressed then raised:", e)

try:
    raise C("outer")
except C:
    try:
        with contextlib.ExitStack() as stack:
            stack.callback(cb_raise(A("in handler")))
            raise B("body in handler")
    except Exception as e:
        show("exit stack inside a handler:", e)


# Errors raised by native code get the handled exception as context.
try:
    raise A
except A:
    try:
        int("x")
    except ValueError as v:
        show("native:", v)


# A function called from a handler raises with that context, and it stays as it leaves.
def inner():
    raise B


def middle():
    try:
        inner()
    except B as b:
        b.__context__ = None
        raise


try:
    raise A
except A:
    try:
        middle()
    except B as b:
        show("cleared in a callee:", b)
print(sys.exception())
