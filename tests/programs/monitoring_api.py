# sys.monitoring's namespace: tool ids, event sets, callbacks and their checks.
import sys

m = sys.monitoring
E = m.events
print(type(m).__name__, m.__name__)
print(sorted(n for n in dir(m) if not n.startswith("__")))
print({n: getattr(E, n) for n in dir(E) if n.isupper()})
print(m.DEBUGGER_ID, m.COVERAGE_ID, m.PROFILER_ID, m.OPTIMIZER_ID)
print(type(m.DISABLE).__name__, type(m.MISSING).__name__, m.DISABLE is m.MISSING, type(E).__name__)


def attempt(function, *args):
    try:
        print(function.__name__, repr(function(*args)))
    except Exception as e:
        print(function.__name__, type(e).__name__, e)


attempt(m.use_tool_id, 6, "x")
attempt(m.use_tool_id, -1, "x")
attempt(m.use_tool_id, 0, 5)
attempt(m.use_tool_id, "a", "x")
attempt(m.use_tool_id, 0, "dbg")
attempt(m.use_tool_id, 0, "dbg")
attempt(m.get_tool, 0)
attempt(m.get_tool, 1)
attempt(m.set_events, 1, E.LINE)
attempt(m.set_events, 0, 1 << 20)
attempt(m.set_events, 7, 1 << 20)
attempt(m.set_events, 3, 1 << 20)
attempt(m.set_events, 0, -1)
attempt(m.set_events, 0, E.C_RETURN)
attempt(m.set_events, 0, E.C_RAISE | E.C_RETURN)
attempt(m.set_events, 0, E.CALL | E.C_RETURN | E.C_RAISE)
attempt(m.get_events, 0)
attempt(m.set_events, 0, E.CALL)
attempt(m.get_events, 0)
attempt(m._all_events)
attempt(m.set_events, 0, 0)
attempt(m.get_events, 1)
attempt(m._all_events)


def callback(*args):
    pass


attempt(m.register_callback, 0, E.LINE, callback)
print(m.register_callback(0, E.LINE, None) is callback)
attempt(m.register_callback, 0, E.LINE, None)
attempt(m.register_callback, 0, E.LINE | E.CALL, None)
attempt(m.register_callback, 0, 0, None)
attempt(m.register_callback, 0, 1 << 20, None)


def f():
    pass


attempt(m.set_local_events, 0, f.__code__, E.LINE)
attempt(m.get_local_events, 0, f.__code__)
attempt(m.get_local_events, 1, f.__code__)
attempt(m.set_local_events, 0, f.__code__, E.RAISE)
attempt(m.set_local_events, 0, f, E.LINE)
attempt(m.get_local_events, 0, f)
attempt(m.set_local_events, 0, f.__code__, 0)
attempt(m.get_local_events, 0, f.__code__)
attempt(m.set_local_events, 2, f.__code__, E.LINE)
attempt(m.free_tool_id, 0)
attempt(m.get_tool, 0)
attempt(m.free_tool_id, 0)
attempt(m.free_tool_id, 7)
attempt(m.set_events, 0, E.LINE)
attempt(m.restart_events)

# Wrong numbers of arguments.
attempt(m.use_tool_id, 0)
attempt(m.use_tool_id, 1, "a", "b")
attempt(m.get_tool)
attempt(m.get_events, 1, 2)
attempt(m.register_callback, 0, E.LINE)
attempt(m.set_local_events, 0, f.__code__)
attempt(m.restart_events, 1)
try:
    m.get_tool(x=1)
except TypeError as e:
    print(e)
try:
    m.use_tool_id(tool_id=1, name="x")
except TypeError as e:
    print(e)

# Code objects compare equal when they are the same code.
print(sys._getframe().f_code == sys._getframe().f_code, f.__code__ == f.__code__, f.__code__ == callback.__code__)
