# At the interpreter's end, modules leave sys.modules and those nothing else holds go with their
# namespaces: a file a module never closed is flushed, and a finalizer in a cycle of a module's
# namespace runs while that namespace is whole (test_gc's test_gc_ordinary_module_at_shutdown).
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as folder:
    out = os.path.join(folder, "out.txt")
    with open(os.path.join(folder, "helper.py"), "w") as f:
        f.write(
            "f = open(%r, 'w')\n"
            "f.write('written by a module that never closed its file\\n')\n"
            "class C:\n"
            "    def __del__(self):\n"
            "        print('__del__ called, sees', later)\n"
            "l = [C()]\n"
            "l.append(l)\n"
            "later = 'a global made after it'\n" % out
        )
    with open(os.path.join(folder, "main.py"), "w") as f:
        f.write("import helper\nprint('main done')\n")
    child = subprocess.run([sys.executable, "main.py"], cwd=folder, capture_output=True, text=True)
    print(child.returncode, repr(child.stdout), repr(child.stderr))
    with open(out) as f:
        print(repr(f.read()))
