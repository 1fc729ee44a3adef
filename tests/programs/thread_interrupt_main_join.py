# _thread.interrupt_main() from another thread while the main thread waits in join(): the
# KeyboardInterrupt comes as soon as join() returns.
import _thread, threading
t = threading.Thread(target=_thread.interrupt_main)
try:
    t.start(); t.join()
    print("after join")
except KeyboardInterrupt:
    print("KI")
