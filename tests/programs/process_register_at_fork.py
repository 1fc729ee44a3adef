# os.register_at_fork: `before` callbacks run in the parent before fork (the last registered
# first), `after_in_parent` and `after_in_child` after it (in registration order); an exception
# in one is reported as unraisable and the others still run.
import os
import sys

print(os.register_at_fork is __import__("posix").register_at_fork, "register_at_fork" in os.__all__)
for bad in [dict(), dict(before=None), dict(before=1), dict(after_in_child="x")]:
    try:
        os.register_at_fork(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.register_at_fork(print)
except TypeError as e:
    print("TypeError:", type(e).__name__)

events = []
os.register_at_fork(before=lambda: events.append("before 1"))
os.register_at_fork(before=lambda: events.append("before 2"),
                    after_in_parent=lambda: events.append("parent 1"),
                    after_in_child=lambda: events.append("child 1"))
os.register_at_fork(after_in_parent=lambda: events.append("parent 2"),
                    after_in_child=lambda: events.append("child 2"))


def failing():
    raise ValueError("from a fork callback")


reported = []
sys.unraisablehook = lambda u: reported.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object is failing))
os.register_at_fork(after_in_parent=failing, after_in_child=failing)
os.register_at_fork(after_in_parent=lambda: events.append("parent 3"),
                    after_in_child=lambda: events.append("child 3"))

sys.stdout.flush()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, (repr(events) + " " + repr(reported)).encode())
    os.close(w)
    os._exit(0)
os.close(w)
child = b""
while True:
    chunk = os.read(r, 4096)
    if not chunk:
        break
    child += chunk
os.close(r)
os.waitpid(pid, 0)
print("parent:", events, reported)
print("child: ", child.decode())
