# f_code is the function's own code object; an unstarted generator's or coroutine's frame
# shows the line of the `def`.
import sys


def failing():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame


f = failing()
print(f.f_code is failing.__code__, f.f_code is f.f_code)


def current():
    return sys._getframe().f_code is current.__code__


print(current())


def raiser():
    raise ValueError


try:
    raiser()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code is raiser.__code__)


def gen():
    x = 1
    yield x
    yield 2


it = gen()
print(it.gi_frame.f_lasti, it.gi_frame.f_lineno, it.gi_frame.f_code is gen.__code__)
frame = it.gi_frame
next(it)
print(it.gi_frame.f_lasti > 0, it.gi_frame.f_lineno, frame.f_lineno)


async def coro():
    return 1


c = coro()
print(c.cr_frame.f_lasti, c.cr_frame.f_lineno, c.cr_frame.f_code is coro.__code__)
c.close()


async def agen():
    yield 1


a = agen()
print(a.ag_frame.f_lineno)


def gen_raising():
    undefined_name
    yield


try:
    next(gen_raising())
except NameError as e:
    print(e.__traceback__.tb_next.tb_frame.f_lineno)

code = compile("import sys\nresult = sys._getframe().f_code", "<exec>", "exec")
namespace = {}
exec(code, namespace)
print(namespace["result"] is code)
expression = compile("__import__('sys')._getframe().f_code", "<eval>", "eval")
print(eval(expression) is expression)
