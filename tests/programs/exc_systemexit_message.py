# SystemExit with a string: the message goes to stderr and the exit code is 1.
for args in [(), (0,), (2,), ("text",), (None,), (1, 2)]:
    e = SystemExit(*args)
    print(args, "->", repr(e.code), repr(str(e)), e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        raise SystemExit("inner")
    except Exception:
        print("never: SystemExit is not an Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)


def cleanup_order():
    try:
        raise SystemExit("from function")
    finally:
        print("finally before exit")


try:
    cleanup_order()
except SystemExit as e:
    print("code:", e.code)
print("stdout line")
raise SystemExit("fatal: configuration missing")
