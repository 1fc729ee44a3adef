# Popen: pipes, communicate (with timeouts that can be resumed), wait, poll, signals, the
# context manager, environment and file descriptors given to the child.
import os
import signal
import subprocess
import sys
import tempfile

PY = sys.executable

p = subprocess.Popen([PY, "-c", "import sys; data = sys.stdin.read(); print(len(data)); print(data.upper())"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(b"hello"), p.returncode, p.poll(), p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("line one\n")
p.stdin.flush()
print(repr(p.stdout.readline()))
p.stdin.close()
print(repr(p.stdout.read()), p.wait())
p.stdout.close()

p = subprocess.Popen([PY, "-c", "import time; time.sleep(0.6); print('finished')"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("first call timed out", e.output)
print(p.communicate(), p.returncode)

p = subprocess.Popen([PY, "-c", "import time; time.sleep(10)"])
print(p.poll())
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("wait timed out")
p.terminate()
print(p.wait(), p.poll())
p.kill()  # already reaped: nothing happens
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGINT)
print(p.wait())

with subprocess.Popen([PY, "-c", "print('in with')"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

env = dict(os.environ, FERRYTHON_TEST_VAR="value 1")
out = subprocess.run([PY, "-c", "import os; print(os.environ['FERRYTHON_TEST_VAR'])"], env=env,
                     capture_output=True).stdout
print(out)
out = subprocess.run(["env"], env={"ONLY": "this"}, capture_output=True).stdout
print(out)

r, w = os.pipe()
p = subprocess.Popen([PY, "-c", "import os, sys; os.write(int(sys.argv[1]), b'through fd')", str(w)],
                     pass_fds=(w,))
p.wait()
os.close(w)
print(os.read(r, 100))
os.close(r)
r, w = os.pipe()
p = subprocess.Popen([PY, "-c", "import os, sys\ntry:\n os.write(int(sys.argv[1]), b'x')\nexcept OSError as e: print(type(e).__name__)", str(w)])
p.wait()
os.close(w)
os.close(r)

with tempfile.TemporaryFile() as f:
    subprocess.run(["echo", "to a file"], stdout=f)
    subprocess.run([PY, "-c", "print('again')"], stdout=f.fileno())
    f.seek(0)
    print(f.read())
    f.seek(0)
    print(subprocess.run(["cat"], stdin=f, capture_output=True).stdout)

p = subprocess.Popen("echo $0", shell=True, stdout=subprocess.PIPE, executable="/bin/sh")
print(p.communicate()[0])
p = subprocess.Popen(["ignored-name", "-c", "echo via executable"], executable="/bin/sh", stdout=subprocess.PIPE)
print(p.communicate()[0])
p = subprocess.Popen([PY, "-c", "print(1)"], stdout=subprocess.PIPE, encoding="utf-8")
print(p.communicate(), p.text_mode, p.universal_newlines)
p = subprocess.Popen(["true"])
print(repr(p).startswith("<Popen: returncode: None args: ['true']"), p.wait(), repr(p))
p = subprocess.Popen([PY, "-c", "import os; print(os.getpgid(0) == os.getpid())"], start_new_session=True,
                     stdout=subprocess.PIPE)
print(p.communicate()[0])
p = subprocess.Popen([PY, "-c", "import sys; print(sys.stdin.read())"], stdin=subprocess.DEVNULL,
                     stdout=subprocess.PIPE)
print(p.communicate())
print(subprocess.run([PY, "-c", "import os; print(oct(os.umask(0)))"], umask=0o027, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo hook"], preexec_fn=lambda: os.environ.update(X="1"), capture_output=True).stdout)
try:
    subprocess.run(["true"], preexec_fn=lambda: 1 / 0)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
