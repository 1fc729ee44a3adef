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
raise SystemExit(3)
