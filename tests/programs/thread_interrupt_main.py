# _thread.interrupt_main(signum): range checks, a Python handler run in the main thread before the
# call returns, nothing for SIG_IGN/SIG_DFL, and a KeyboardInterrupt the main thread sees when another
# thread asks.
import _thread, signal, threading
for bad in (-1, signal.NSIG, 1000000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("KI main")
def h(s, f): 1/0
old = signal.signal(signal.SIGTERM, h)
try:
    _thread.interrupt_main(signal.SIGTERM)
except ZeroDivisionError:
    print("ZDE")
signal.signal(signal.SIGTERM, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGTERM)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGTERM)
print("noerror")
t = threading.Thread(target=_thread.interrupt_main)
try:
    t.start(); t.join()
    for i in range(1000): pass
except KeyboardInterrupt:
    print("KI sub")
