import sys
for call in ["sys.settrace()", "sys.setprofile(1,2)", "sys._getframe(1,2)", "sys._getframe('a')", "sys._getframe(depth=1)", "sys._getframe(100)", "sys.call_tracing(len, [1])", "sys._getframemodulename(100)"]:
    try:
        print(eval(call))
    except Exception as e:
        print(type(e).__name__, e)
print(sys._getframemodulename(), sys.call_tracing(len, ([1],)))
