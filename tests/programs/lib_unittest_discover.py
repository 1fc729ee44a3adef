import io, os, re, shutil, sys, unittest

sys.dont_write_bytecode = True
root = os.path.join(os.getcwd(), "lib_unittest_discover_tree")
if os.path.exists(root):
    shutil.rmtree(root)
files = {
    "test_alpha.py": "import unittest\nclass A(unittest.TestCase):\n    def test_a(self): pass\n    def test_b(self): self.assertEqual(1, 2)\n",
    "test_broken.py": "import unittest\nimport no_such_module_xyz\n",
    "test_skipmod.py": "import unittest\nraise unittest.SkipTest('whole module skipped')\n",
    "helper.py": "X = 1\n",
    "pkg/__init__.py": "",
    "pkg/test_inner.py": "import unittest\nclass Inner(unittest.TestCase):\n    def test_inner(self): pass\n",
    "pkg/sub/__init__.py": "",
    "pkg/sub/test_deep.py": "import unittest\nclass Deep(unittest.TestCase):\n    def test_deep(self): pass\n",
    "nopkg/test_hidden.py": "import unittest\nclass Hidden(unittest.TestCase):\n    def test_hidden(self): pass\n",
    "lt/__init__.py": "import unittest\ndef load_tests(loader, tests, pattern):\n    suite = unittest.TestSuite()\n    suite.addTest(unittest.FunctionTestCase(lambda: None, description='from load_tests'))\n    return suite\n",
    "lt/test_ignored.py": "import unittest\nclass Ignored(unittest.TestCase):\n    def test_x(self): pass\n",
    "badlt/__init__.py": "",
    "badlt/test_badlt.py": "import unittest\ndef load_tests(loader, tests, pattern):\n    raise RuntimeError('load_tests broke')\n",
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

def show(suite, indent=0):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            show(test, indent + 1)
        else:
            print("  " * indent + test.id())

loader = unittest.TestLoader()
suite = loader.discover(root, top_level_dir=root)
show(suite)
print(suite.countTestCases(), len(loader.errors))
for error in loader.errors:
    lines = error.splitlines()
    print(lines[0], "|", lines[-1])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X", stream.getvalue())
text = text.replace(root, "ROOT")
kept = []
skipping = False
for line in text.splitlines():
    # Frames inside unittest itself differ between installations: leave them out.
    if line.startswith('  File "') and "unittest" in line and "ROOT" not in line:
        skipping = True
        continue
    if skipping and line.startswith("    "):
        continue
    skipping = False
    kept.append(line)
print("\n".join(kept))
loader = unittest.TestLoader()
print(loader.discover(root, pattern="test_a*.py", top_level_dir=root).countTestCases())
loader = unittest.TestLoader()
print(loader.discover(os.path.join(root, "pkg"), top_level_dir=root).countTestCases())
try:
    unittest.TestLoader().discover(os.path.join(root, "nopkg"), top_level_dir=root)
except ImportError as e:
    print("ImportError", str(e).replace(root, "ROOT"))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*deep*"]
print(loader.discover(root, top_level_dir=root).countTestCases())

class Timed(unittest.TestCase):
    def test_one(self): pass
    def test_two(self): pass
stream = io.StringIO()
unittest.TextTestRunner(stream=stream, durations=0).run(unittest.TestLoader().loadTestsFromTestCase(Timed))
print(re.sub(r"\d+\.\d+s", "T", stream.getvalue()))
shutil.rmtree(root)
