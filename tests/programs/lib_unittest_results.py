import io, re, sys, types, unittest

def run_suite(suite, **kw):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X", stream.getvalue())
    print(text)
    return result

def load(*classes):
    loader = unittest.TestLoader()
    return unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)

class Buffered(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden output")
    def test_noisy_fail(self):
        print("shown output")
        sys.stderr.write("to stderr")
        self.fail("boom")
    def test_error_with_output(self):
        print("before error", end="")
        raise KeyError("x")

saved = sys.stdout, sys.stderr
sys.stderr = sys.stdout
run_suite(load(Buffered), buffer=True, verbosity=2)
sys.stdout, sys.stderr = saved

class Locals(unittest.TestCase):
    def test_locals(self):
        answer = 42
        name = "text"
        self.assertEqual(answer, 41)
run_suite(load(Locals), tb_locals=True)

mod = types.ModuleType("fixture_mod")
log = []
def fixture_setup():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")
def fixture_teardown():
    log.append("tearDownModule")
mod.setUpModule = fixture_setup
mod.tearDownModule = fixture_teardown
sys.modules["fixture_mod"] = mod
class InMod(unittest.TestCase):
    def test_x(self):
        log.append("test_x")
InMod.__module__ = "fixture_mod"
class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resources")
    def test_y(self):
        pass
class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("teardown class broke")
    def test_z(self):
        pass
run_suite(unittest.TestSuite([load(InMod), load(SkipInSetUpClass), load(BrokenTearDownClass)]), verbosity=2)
print(log)

badmod = types.ModuleType("bad_fixture_mod")
def bad_setup():
    raise RuntimeError("module setup broke")
badmod.setUpModule = bad_setup
sys.modules["bad_fixture_mod"] = badmod
class InBadMod(unittest.TestCase):
    def test_never(self):
        print("never runs")
InBadMod.__module__ = "bad_fixture_mod"
run_suite(load(InBadMod))

class SubFailFast(unittest.TestCase):
    def test_a(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_b(self):
        pass
run_suite(load(SubFailFast), failfast=True, verbosity=2)

class XFailSub(unittest.TestCase):
    @unittest.expectedFailure
    def test_x(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertEqual(i, 0)
    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("inner")
            with self.subTest():
                self.fail("anonymous")
run_suite(load(XFailSub), verbosity=2)

class Cleanups(unittest.TestCase):
    def test_cleanup_fails(self):
        self.addCleanup(lambda: print("second cleanup runs"))
        self.addCleanup(lambda: 1 / 0)
    def test_class_cleanup(self):
        type(self).addClassCleanup(lambda: print("class cleanup ran"))
run_suite(load(Cleanups), verbosity=2)

class Dbg(unittest.TestCase):
    def test_raises(self):
        raise ValueError("debug me")
try:
    Dbg("test_raises").debug()
except ValueError as e:
    print("debug propagated", e)
try:
    load(Dbg).debug()
except ValueError as e:
    print("suite debug propagated", e)

class Descr(unittest.TestCase):
    def test_doc(self):
        """Checks the doc line."""
        self.assertTrue(False, "with message")
run_suite(load(Descr), verbosity=2, descriptions=False)
run_suite(load(Descr), verbosity=2)

r = unittest.TestResult()
print(r.wasSuccessful(), repr(r)[:40])
Dbg("test_raises").run(r)
print(len(r.errors), r.errors[0][0], r.testsRun, r.shouldStop)
r.stop(); print(r.shouldStop)
s = unittest.TestSuite()
s.addTests([Dbg("test_raises"), unittest.FunctionTestCase(lambda: None)])
print(s.countTestCases(), repr(s)[:30])
s.run(unittest.TestResult())
print(list(s), s.countTestCases())

tc = unittest.TestCase()
for call in [lambda: tc.assertEqual([1, [2, 3]], [1, [2, 4]]),
             lambda: tc.assertEqual("a" * 50 + "\nb\n", "a" * 50 + "\nc\n"),
             lambda: tc.assertEqual((1, 2), [1, 2]),
             lambda: tc.assertSequenceEqual([1, 2], (1, 2, 3), seq_type=list),
             lambda: tc.assertSequenceEqual(5, [1]),
             lambda: tc.assertDictEqual({}, []),
             lambda: tc.assertMultiLineEqual("x", 3),
             lambda: tc.assertSetEqual({1}, [1]),
             lambda: tc.assertSetEqual(1, {1}),
             lambda: tc.assertCountEqual([1, 2, 2], [2, 1]),
             lambda: tc.assertAlmostEqual(1, 2, places=1, delta=1),
             lambda: tc.assertNotAlmostEqual(1.0, 1.05, delta=0.1),
             lambda: tc.assertEqual({1: "a" * 100}, {1: "b" * 100}),
             lambda: tc.assertIn("x", "abc", msg="custom"),
             lambda: tc.assertWarnsRegex(UserWarning, "abc", lambda: __import__("warnings").warn("xyz")),
             lambda: tc.assertRaisesRegex(ValueError, "abc", int, "xyz"),
             lambda: tc.assertNotRegex("hello world", "o w"),
             lambda: tc.assertRegex("hello", ""),
             lambda: tc.assertTupleEqual((1,), (2,)),
             lambda: tc.assertEqual(frozenset({1}), frozenset({2})),
             ]:
    try:
        call()
        print("no failure")
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
tc.maxDiff = 20
try:
    tc.assertEqual(["a"] * 10, ["b"] * 10)
except AssertionError as e:
    print(e)
