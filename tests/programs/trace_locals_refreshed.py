# A trace function that read f_locals earlier does not undo later assignments: the frame's
# f_locals dict is brought up to date before each trace call (and written back after it).
import sys
def tr(frame, ev, arg):
    if frame.f_code.co_name == 'g':
        if ev == 'call':
            print('call', 'a' in frame.f_locals)
        return tr
    return tr
def g(a):
    c = a + 1
    d = 5
    return c * 2
sys.settrace(tr)
print(g(1))
sys.settrace(None)
def h(a):
    c = a + 1
    fr = sys._getframe()
    fr.f_locals
    c = 7
    d = 5
    print(sorted(k for k in fr.f_locals), fr.f_locals["c"], fr.f_locals["d"])
    return c * 2
print(h(1))
