# subprocess.run and the check_* helpers: exit codes, captured output, text mode, input,
# cwd, env, shell, errors raised in the parent, signals as negative return codes.
import os
import subprocess
import sys

PY = sys.executable


def show(result):
    print(result.returncode, repr(result.stdout), repr(result.stderr))


show(subprocess.run([PY, "-c", "print('hello'); import sys; sys.exit(3)"], capture_output=True))
show(subprocess.run([PY, "-c", "import sys; sys.stderr.write('oops\\n')"], capture_output=True, text=True))
show(subprocess.run([PY, "-c", "import sys; print(sys.stdin.read()[::-1])"],
                    input="abc", capture_output=True, text=True))
show(subprocess.run([PY, "-c", "import sys; sys.stdout.write('a\\r\\nb\\rc')"],
                    stdout=subprocess.PIPE, universal_newlines=True))
r = subprocess.run(["cat"], input=b"x" * 200000, stdout=subprocess.PIPE)
print(r.returncode, len(r.stdout), r.stdout == b"x" * 200000, r.stderr)
print(len(subprocess.run(["cat"], input=b"y" * 300000, capture_output=True).stdout))
r = subprocess.run([PY, "-c", "print('out'); import sys; print('err', file=sys.stderr)"],
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
show(subprocess.run(["echo", "quiet"], stdout=subprocess.DEVNULL))
show(subprocess.run("echo $GREETING; exit 7", shell=True, env={"GREETING": "hi", "PATH": os.defpath},
                    capture_output=True, text=True))
here = os.path.realpath(os.path.dirname(os.path.abspath(__file__)))
r = subprocess.run([PY, "-c", "import os; print(os.getcwd())"], cwd=os.path.dirname(here), capture_output=True, text=True)
print(r.stdout.strip() == os.path.dirname(here))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
print(subprocess.check_output(["echo", "a  b"]))
print(subprocess.check_output("echo text", shell=True, text=True), end="")
print(subprocess.check_output([PY, "-c", "import sys; print(repr(sys.stdin.read()))"], input=None))
print(subprocess.getstatusoutput("echo one; echo two; exit 4"))
print(repr(subprocess.getoutput("printf 'no newline'")))

try:
    subprocess.check_call([PY, "-c", "raise SystemExit(5)"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.output, e.stdout)
try:
    subprocess.run("exit 2", shell=True, check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.stdout), repr(e.stderr))
try:
    subprocess.check_output("echo partial; exit 1", shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)

for args, kwargs in [(["no-such-program-ferrython"], {}), (["/no/such/dir/prog"], {}),
                     (["ls"], {"cwd": "/no/such/dir"})]:
    try:
        subprocess.run(args, **kwargs)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(["/dev/null"])
except PermissionError as e:
    print("PermissionError", e.errno, e.filename)

r = subprocess.run("kill -9 $$", shell=True)
print(r.returncode)
r = subprocess.run([PY, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"])
print(r.returncode)
try:
    subprocess.check_call("kill -15 $$", shell=True)
except subprocess.CalledProcessError as e:
    print(e.returncode)

try:
    subprocess.run([PY, "-c", "import time; time.sleep(5)"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.output, e.stdout, e.stderr)
try:
    subprocess.run("echo early; sleep 5", shell=True, timeout=1.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", str(e), e.output)

for bad in [dict(input=b"x", stdin=subprocess.PIPE), dict(capture_output=True, stdout=subprocess.PIPE)]:
    try:
        subprocess.run(["true"], **bad)
    except ValueError as e:
        print("ValueError", e)
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)

c = subprocess.CompletedProcess(["x"], 0, b"o", None)
print(c)
c.check_returncode()
try:
    subprocess.CompletedProcess("y", 2, None, b"e").check_returncode()
except subprocess.CalledProcessError as e:
    print(repr(str(e)), e.stderr)
print(str(subprocess.TimeoutExpired(["a"], 3)), str(subprocess.CalledProcessError(1, "b")))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(subprocess.list2cmdline(["a b", 'say "hi"', "back\\slash\\", ""]))
