# The order of trace function, profile function and sys.monitoring tool events.
import sys
m = sys.monitoring; E = m.events
m.use_tool_id(1, "c")
ev = []
def g():
    x = 1
    return x
m.register_callback(1, E.PY_START, lambda c, o: ev.append("tool start") if c.co_name == "g" else None)
m.register_callback(1, E.PY_RETURN, lambda c, o, v: ev.append("tool return") if c.co_name == "g" else None)
m.register_callback(1, E.LINE, lambda c, l: ev.append(f"tool line {l}") if c.co_name == "g" else None)
def tr(f, e, a):
    if f.f_code.co_name == "g": ev.append("trace " + e)
    return tr
def pr(f, e, a):
    if f.f_code.co_name == "g": ev.append("profile " + e)
m.set_events(1, E.PY_START | E.PY_RETURN | E.LINE)
sys.settrace(tr); sys.setprofile(pr)
g()
sys.settrace(None); sys.setprofile(None)
m.set_events(1, 0)
print(ev)
