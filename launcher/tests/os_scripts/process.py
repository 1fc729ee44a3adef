# Processes, signals and errno.
import os, signal, errno, sys, time

print(os.getpid() > 0, os.getppid() > 0, os.getuid() == os.geteuid(), os.getgid() >= 0)
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(len([n for n in dir(errno) if n.startswith('E')]) >= 130, os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
pid = os.fork()
if pid == 0:
    os._exit(7)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))
pid = os.fork()
if pid == 0:
    os.execv('/bin/sh', ['sh', '-c', 'exit 5'])
print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    os.execve('/bin/sh', ['sh', '-c', 'exit $CODE'], {'CODE': '9'})
print(os.WEXITSTATUS(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)
os.kill(pid, signal.SIGTERM)
status = os.waitpid(pid, 0)[1]
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM, os.waitstatus_to_exitcode(status))
for bad in [lambda: os.waitpid(-1, 0), lambda: os.kill(999999999, 0), lambda: os.execv('/bin/sh', []),
            lambda: os.execv('/bin/sh', 'x'), lambda: os.waitstatus_to_exitcode(-1)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1),
      signal.SIG_DFL, signal.SIG_IGN, signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.NSIG)
def handler(number, frame):
    print('handler', number)
print(signal.signal(signal.SIGUSR1, handler))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill')
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
def alarm(number, frame):
    print('alarm', number)
signal.signal(signal.SIGALRM, alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
def interrupt(number, frame):
    raise KeyboardInterrupt('from handler')
signal.signal(signal.SIGINT, interrupt)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('caught', e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt as e:
    print('caught KeyboardInterrupt', repr(e))
for bad in [lambda: signal.signal(0, handler), lambda: signal.signal(signal.SIGUSR1, 5),
            lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.getsignal(1000)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGTERM), signal.alarm(0))
print(os.uname().sysname, len(os.uname()), os.cpu_count() >= 1, len(os.urandom(7)), os.times().elapsed >= 0)
sys.stdout.flush()
