import unittest, io, re, sys

def run(*classes, verbosity=1, **kw):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", stream.getvalue())
    print(text)
    print(result, result.wasSuccessful(), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
    return result

class Basic(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1, 1)
    def test_fail(self):
        self.assertEqual(1, 2)
    def test_error(self):
        raise ValueError("boom")
    @unittest.skip("not now")
    def test_skip(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_doc(self):
        """First line of doc.

        more"""
        self.assertIn(3, [1, 2])
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)
        with self.subTest("msg", a=1):
            raise KeyError("k")
    def test_skiptest(self):
        self.skipTest("dynamic skip")

run(Basic)
run(Basic, verbosity=2)
run(Basic, verbosity=0)
run(Basic, failfast=True)

class Messages(unittest.TestCase):
    maxDiff = None
    def test_list(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])
    def test_list_longer(self):
        self.assertListEqual([1, 2, 3], [1, 2])
    def test_tuple(self):
        self.assertEqual((1, "a"), (1, "b", 3))
    def test_dict(self):
        self.assertEqual({"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0})
    def test_set(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})
    def test_str(self):
        self.assertEqual("hello\nworld\n", "hello\nword\n")
    def test_str_oneline(self):
        self.assertEqual("abc", "abd")
    def test_long_repr(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")
    def test_long_list(self):
        self.assertEqual(list(range(100)), list(range(99)) + [1000])
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.1)
    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)
    def test_custom_msg(self):
        self.assertEqual(1, 2, "custom message")
    def test_true(self):
        self.assertTrue(0)
    def test_false(self):
        self.assertFalse([1])
    def test_is(self):
        self.assertIs(1, None)
    def test_isnot(self):
        self.assertIsNot(None, None)
    def test_isnone(self):
        self.assertIsNone(5)
    def test_isnotnone(self):
        self.assertIsNotNone(None)
    def test_isinstance(self):
        self.assertIsInstance(3, str)
    def test_notisinstance(self):
        self.assertNotIsInstance(3, int)
    def test_notin(self):
        self.assertNotIn(1, [1])
    def test_less(self):
        self.assertLess(2, 1)
    def test_lesseq(self):
        self.assertLessEqual(2, 1)
    def test_greater(self):
        self.assertGreater(1, 2)
    def test_greatereq(self):
        self.assertGreaterEqual(1, 2)
    def test_regex(self):
        self.assertRegex("abc", "x+")
    def test_notregex(self):
        self.assertNotRegex("abc", "b")
    def test_countequal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2, 3])
    def test_countequal_unhashable(self):
        self.assertCountEqual([[1], [2]], [[1], [3]])
    def test_notequal(self):
        self.assertNotEqual(1, 1)
    def test_raises_none(self):
        with self.assertRaises(ValueError):
            pass
    def test_raises_callable(self):
        self.assertRaises(ValueError, int, "5")
    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "xyz"):
            int("abc")
    def test_raises_other(self):
        with self.assertRaises(TypeError):
            int("abc")
    def test_warns_none(self):
        with self.assertWarns(UserWarning):
            pass
    def test_multiline_nodiff(self):
        self.assertMultiLineEqual("a\nb", "a\nc")
    def test_fail(self):
        self.fail("explicit")

class Truncated(unittest.TestCase):
    def test_big(self):
        self.assertEqual(list(range(200)), list(range(1, 201)))
    def test_dict_big(self):
        self.assertDictEqual({i: str(i) for i in range(100)}, {i: str(i + 1) for i in range(100)})

r = run(Messages)
r = run(Truncated)

class Good(unittest.TestCase):
    def test_raises_ok(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        print("exc:", type(cm.exception).__name__, cm.exception.args)
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")
        import warnings
        with self.assertWarns(DeprecationWarning) as w:
            warnings.warn("old", DeprecationWarning)
        print("warning:", w.warning, w.lineno > 0)
        with self.assertWarnsRegex(UserWarning, "o+"):
            warnings.warn("foo")
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertCountEqual("abc", "cba")
        self.assertEqual([1], [1]); self.assertEqual({1: 2}, {1: 2})
        self.assertSequenceEqual([1, 2], (1, 2))
    def test_cleanups(self):
        log = []
        self.addCleanup(log.append, 1)
        self.addCleanup(lambda: print("cleanup order", log))
        class CM:
            def __enter__(self): print("enter"); return 42
            def __exit__(self, *a): print("exit", a)
        print("entered", self.enterContext(CM()))
        with self.assertRaisesRegex(TypeError, "context manager protocol"):
            self.enterContext(object())
    def test_ids(self):
        print(self.id(), str(self), repr(self), self.shortDescription(), self.countTestCases())
run(Good, verbosity=2)

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
        cls.addClassCleanup(print, "class cleanup")
    @classmethod
    def tearDownClass(cls):
        print("tearDownClass")
    def setUp(self):
        print("setUp", self._testMethodName)
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_a(self):
        print("test_a")
    def test_b(self):
        print("test_b")

class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")
    def test_never(self):
        print("never")

class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, "cleanup after failed setUp")
        raise RuntimeError("setUp broke")
    def test_never(self):
        print("never")

class BrokenCleanup(unittest.TestCase):
    def test_x(self):
        self.addCleanup(lambda: 1 / 0)

@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): pass

class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "cond true")
    def test_a(self): pass
    @unittest.skipUnless(False, "cond false")
    def test_b(self): pass
    @unittest.skipIf(False, "no")
    def test_c(self): pass

run(Fixtures, BrokenSetUpClass, BrokenSetUp, BrokenCleanup, SkippedClass, Conditional, verbosity=2)

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Messages)[:5])
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Basic))
loader = unittest.TestLoader()
loader.testMethodPrefix = "test_s"
print(loader.getTestCaseNames(Basic))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_x*", "*Basic.test_ok"]
print(loader.getTestCaseNames(Basic))
import types
fake = types.ModuleType("fakemod")
for cls in (Basic, Messages, Truncated, Good, Fixtures):
    setattr(fake, cls.__name__, cls)
fake.unittest = unittest
fake.TestCase = unittest.TestCase
sys.modules["fakemod"] = fake
suite = unittest.TestLoader().loadTestsFromModule(fake)
print(suite.countTestCases(), len(list(suite)))
s = unittest.TestLoader().loadTestsFromName("fakemod.Good.test_ids")
print(s, s.countTestCases())
s = unittest.TestLoader().loadTestsFromNames(["Basic.test_ok", "Fixtures"], fake)
print(s.countTestCases())
s = unittest.TestLoader().loadTestsFromName("nonexistent_module_xyz")
print(s, "|", type(list(s)[0]).__name__)
res = unittest.TestResult()
s.run(res)
print(res.errors[0][1].splitlines()[-1])
s = unittest.TestLoader().loadTestsFromName("Basic.no_such", fake)
res = unittest.TestResult(); s.run(res); print(res.errors[0][1].splitlines()[-1])

def plain():
    "plain doc"
    print("plain ran")
ft = unittest.FunctionTestCase(plain)
print(ft, repr(ft)[:40], ft.id(), ft.shortDescription())
res = unittest.TestResult()
ft.run(res)
print(res)
suite = unittest.TestSuite([ft, unittest.TestSuite([Basic("test_ok")])])
print(suite.countTestCases())
try:
    suite.addTest(Basic)
except TypeError as e:
    print(e)
try:
    suite.addTest(5)
except TypeError as e:
    print(e)
try:
    suite.addTests("abc")
except TypeError as e:
    print(e)
try:
    Basic("nope")
except ValueError as e:
    print(e)
tc = unittest.TestCase()
try:
    tc.assertEqual(1, 2)
except AssertionError as e:
    print("AE", e)
try:
    with tc.assertRaises(ValueError, msg="with msg"):
        pass
except AssertionError as e:
    print("AE", e)
try:
    tc.assertRaises(3)
except TypeError as e:
    print(e)
try:
    tc.assertRaises(ValueError, foo=1)
except TypeError as e:
    print(e)
tc.longMessage = False
try:
    tc.assertEqual(1, 2, "only custom")
except AssertionError as e:
    print("AE", e)
res = Basic("test_ok").run()
print(res)
print(unittest.TestResult())
