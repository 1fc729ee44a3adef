import unittest, sys, io, re
class T(unittest.TestCase):
    def test_one(self): pass
    def test_two(self): self.assertEqual(1, 2)
import types
fake = types.ModuleType("fake_tests")
fake.T = T
sys.modules["fake_tests"] = fake
def go(argv, **kw):
    print("== argv", argv, kw)
    try:
        unittest.main(module="fake_tests", argv=["prog.py"] + argv, testRunner=unittest.TextTestRunner(stream=io.StringIO()), **kw)
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = sys.stdout
go([])
go(["-k", "one"])
go(["--bogus"])
go(["-k"])
go(["--durations", "x"])
go(["-b", "-c", "-f"], exit=True)
go(["-h"])
go(["-h"], failfast=True, buffer=False, catchbreak=True)
p = unittest.main(module="fake_tests", argv=["prog.py", "-q", "T.test_one"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(p.result, p.verbosity, p.testNames)

for argv in (["prog", "-h"], ["prog", "discover", "-h"], ["prog", "discover", "--bogus"], ["prog", "discover", "a", "b", "c", "d"], ["prog", "-vq", "--loc", "--du=3", "-kfoo", "fake_tests"]):
    try:
        unittest.main(module=None, argv=argv, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
    except SystemExit as e:
        print("exit", e.code)
