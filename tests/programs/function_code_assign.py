def f():
    return 1
def g():
    return 2
f.__code__ = g.__code__
print(f(), f.__code__ is g.__code__, f.__name__)
def outer():
    x = 5
    def inner():
        return x
    return inner
h = outer()
try:
    f.__code__ = h.__code__
except ValueError as e:
    print(e)
try:
    f.__code__ = 5
except TypeError as e:
    print(e)
try:
    del f.__code__
except TypeError as e:
    print(e)
def rec(n):
    if n == 0:
        rec.__code__ = g.__code__
        return 'switched'
    return rec(n - 1)
import sys
def frame_code():
    return sys._getframe().f_code.co_name
def other():
    return sys._getframe().f_code.co_name + "!"
frame_code.__code__ = other.__code__
print(frame_code())
def lost():
    1/0
lost.__code__ = lost.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
try:
    lost()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_lineno)
import traceback
try:
    lost()
except ZeroDivisionError as e:
    print(traceback.format_exc().splitlines()[-2])
lost()
