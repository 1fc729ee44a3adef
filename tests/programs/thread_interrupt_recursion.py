# _thread.interrupt_main() reaches a main thread that only makes calls (no loop, so no backward
# jump to check at): signals are handled when a call enters a frame, as CPython's RESUME does.
import _thread
import threading
import time


def interrupter():
    time.sleep(0.3)
    _thread.interrupt_main()


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


threading.Thread(target=interrupter).start()
try:
    fib(60)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the calls")
