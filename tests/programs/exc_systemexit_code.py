# SystemExit with an int code: no traceback, the exit code is the status.
print("before exit")
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    try:
        raise SystemExit
    finally:
        print("finally runs on SystemExit")
except SystemExit as e:
    print("code", e.code)


def nested_exit():
    try:
        raise KeyError("being handled")
    except KeyError:
        raise SystemExit(7)


try:
    nested_exit()
except SystemExit as e:
    print("code", e.code, "context", repr(e.__context__))
for value in (3, True, -1):
    print(repr(SystemExit(value).code))
raise SystemExit(3)
