from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, DEFAULT
m = Mock()
m(1, 2, a=3)
m.method("x")
m.method.other(5)
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
m.assert_called_with(1, 2, a=3)
m.assert_called_once_with(1, 2, a=3)
m.method.assert_called_once_with("x")
try:
    m.assert_called_with(9)
except AssertionError as e:
    print("AE", e)
m.return_value = 42
print(m(), m.return_value)
m.side_effect = [1, 2, ValueError("third")]
print(m(), m())
try: m()
except ValueError as e: print("VE", e)
m.side_effect = lambda x: x * 2
print(m(21))
m.side_effect = KeyError
try: m()
except KeyError: print("KeyError raised")
mm = MagicMock()
mm.__len__.return_value = 3
print(len(mm), list(iter(mm)), bool(mm), 1 in mm)
with mm as entered:
    print(entered is mm)
mm.__getitem__.return_value = "item"
print(mm[0], mm.__getitem__.call_args)
print(sentinel.foo is sentinel.foo, sentinel.foo, DEFAULT)
print(call(1) == call(1), call.a(2) == call.a(2), ANY == 5, call(1, x=ANY) == call(1, x=3))
import os
with patch("os.getcwd", return_value="/fake") as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != "/fake")
@patch("os.listdir")
def use(mocked):
    mocked.return_value = ["a"]
    return os.listdir("x"), mocked.call_args
print(use())
class Thing:
    value = 1
with patch.object(Thing, "value", 5):
    print(Thing.value)
print(Thing.value)
d = {"a": 1}
with patch.dict(d, {"b": 2}, clear=True):
    print(d)
print(d)
s = Mock(spec=["allowed"])
s.allowed
try: s.other
except AttributeError as e: print("AttributeError", e)
m = Mock(name="named")
print(repr(m)[:20], repr(m.child)[:26])
m = Mock()
m.a.b.c(1)
print(m.mock_calls, m.a.b.c.call_args)
m.reset_mock(); print(m.mock_calls, m.called)
m = Mock(); m(1); m(2); m.assert_any_call(1); m.assert_has_calls([call(1), call(2)])
try: m.assert_not_called()
except AssertionError as e: print("AE", e)
p = patch("os.getpid", return_value=7); p.start(); print(os.getpid()); p.stop(); print(os.getpid() != 7)
