# optparse: Option construction and its OptionErrors, containers (conflicts,
# resolve, remove, groups), Values, the exception classes, _match_abbrev,
# and subclassing Option with new types and actions.
import copy
import os
import tempfile
import optparse
from optparse import (Option, OptionParser, OptionGroup, Values, OptionError,
                      OptionConflictError, OptionValueError, BadOptionError,
                      OptParseError, make_option)

print(optparse.__all__)
print(optparse.__version__, optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE,
      optparse.NO_DEFAULT, make_option is Option)
print(issubclass(optparse.AmbiguousOptionError, BadOptionError),
      issubclass(OptionConflictError, OptionError), issubclass(OptParseError, Exception))


def attempt(*args, **kwargs):
    try:
        o = Option(*args, **kwargs)
        print("ok", o, o.action, o.type, o.dest, o.nargs)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)


attempt()
attempt(None, "")
attempt("x")
attempt("-")
attempt("--")
attempt("-ab")
attempt("--a")
attempt("---x")
attempt("a-")
attempt("-x", "-y", "--", "--long")
attempt("-x", action="dance")
attempt("-x", type="byte")
attempt("-x", type=bytes)
attempt("-x", action="store_true", type="int")
attempt("-x", type="choice")
attempt("-x", type="choice", choices="abc")
attempt("-x", type="choice", choices={"a": 1})
attempt("-x", choices=["a"], type="int")
attempt("-x", action="store_true", choices=["a"])
attempt("-x", const=1)
attempt("-x", action="store_true", nargs=2)
attempt("-x", action="callback")
attempt("-x", action="callback", callback=len, callback_args=[1])
attempt("-x", action="callback", callback=len, callback_kwargs=[1])
attempt("-x", callback=len)
attempt("-x", callback_args=(1,))
attempt("-x", callback_kwargs={})
attempt("-x", bogus=1, other=2)
attempt("-x", "--ex", action="count")
attempt("-x", action="help")
attempt("-x", action="version")
attempt("-x", action="callback", callback=len, type="int", nargs=3)
attempt("-x", action="append_const", const=None)
attempt("--x-y-z", action="store_const", const=5)
attempt("-x", action="store", choices=("a", "b"))
e = OptionError("message", Option("-q", "--quiet"))
print(str(e), e.msg, e.option_id)
print(str(OptionError("bare", None)), str(OptionError("empty", "")))
print(str(BadOptionError("-z")), BadOptionError("-z").opt_str)
amb = optparse.AmbiguousOptionError("--f", ["--foo", "--fun"])
print(str(amb), amb.possibilities)
print(str(OptionValueError("bad value")), str(OptParseError("base")).upper())

print("containers")
p = OptionParser(prog="c")
a = p.add_option("-a", "--alpha", help="first")
print(p.has_option("-a"), p.has_option("--alpha"), p.has_option("-b"),
      p.get_option("--alpha") is a, p.get_option("-z"))
for bad in (lambda: p.add_option("-a"), lambda: p.add_option("-b", "--alpha"),
            lambda: p.add_option(5), lambda: p.add_option(a, a),
            lambda: p.add_option(Option("-z"), help="x"),
            lambda: p.remove_option("--nothing"),
            lambda: OptionParser(conflict_handler="ignore"),
            lambda: p.set_conflict_handler("other"),
            lambda: p.add_option_group(5),
            lambda: p.add_option_group(OptionGroup(OptionParser(), "T")),
            lambda: p.add_option_group("T", "d", "extra")):
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
p.set_conflict_handler("resolve")
b = p.add_option("-a", "--beta", help="takes -a")
print(a, b, [str(o) for o in p.option_list])
c = p.add_option("--alpha", help="takes --alpha")
print(a, [str(o) for o in p.option_list])
p.remove_option("--beta")
print([str(o) for o in p.option_list], p.has_option("-a"))
g = p.add_option_group("Group", "About the group.")
go = g.add_option("-g", "--gee", type="int", default=4)
print(p.get_option_group("-g") is g, p.get_option_group("--alpha"), p.get_option_group("-q"))
print(g.get_option("--gee") is go, p.get_option("-g") is go, p.defaults)
p.remove_option("-g")
print(g.option_list, p.has_option("--gee"))
g.set_title("New title")
g.set_description("New description.")
print(g.title, g.get_description())
g2 = OptionGroup(p, "Other")
print(p.add_option_group(g2) is g2, [x.title for x in p.option_groups])
p.add_options([Option("-m", action="store_true"), make_option("--nn", type="int")])
print([str(o) for o in p._get_all_options()] if hasattr(p, "_get_all_options") else "")
p.destroy()
print(hasattr(p, "option_list"), hasattr(p, "defaults"))

print("values")
v = Values({"a": 1, "b": None})
print(v, v == {"a": 1, "b": None}, v == Values({"a": 1, "b": None}), v != {"a": 2}, v == 5)
print(v.ensure_value("b", []), v.ensure_value("a", 9), v.ensure_value("c", "new"), v)
v._update({"a": 10, "b": None, "z": 26}, "careful")
print(v)
v._update({"a": None, "z": 26}, "loose")
print(v)
try:
    v._update({}, "sloppy")
except ValueError as e:
    print("ValueError", e)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "settings.py")
    with open(path, "w") as f:
        f.write("a = 'from file'\nq = [1, 2]\nc = None\n")
    w = Values({"a": 0, "c": 3})
    w.read_file(path)
    print(w)
    w.read_file(path, mode="loose")
    print(sorted((k, val) for k, val in vars(w).items() if k != "__builtins__"))
m = Values({"sep": None, "name": "x"})
m.read_module("os.path")
print(m.sep, m.name)
print(copy.copy(v) == v, Values() == {}, str(Values()))

print("abbreviations and numbers")
words = {"--foo": 1, "--fun": 2, "--bar": 3, "--barn": 4}
for s in ("--foo", "--b", "--bar", "--ba", "--f", "--x", "--"):
    try:
        print(s, optparse._match_abbrev(s, words))
    except BadOptionError as e:
        print(s, type(e).__name__, e)
for text in ("0", "10", "0x1a", "0XFF", "017", "0b101", "0B11", "0b", "-5", "+5", "00"):
    print(text, optparse._parse_num(text, int))
for text in ("", "0x", "0o17", "08", "1.5", "-0x10"):
    try:
        print(text, optparse._parse_num(text, int))
    except ValueError as e:
        print(repr(text), "ValueError")

print("subclassing")
def check_pair(option, opt, value):
    left, sep, right = value.partition(",")
    if not sep:
        raise OptionValueError("option %s: %r is not a pair" % (opt, value))
    return (left, right)

class MyOption(Option):
    TYPES = Option.TYPES + ("pair",)
    TYPE_CHECKER = dict(Option.TYPE_CHECKER, pair=check_pair)
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value.split(","))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)

mp = OptionParser(prog="mp", option_class=MyOption)
mp.add_option("--pair", type="pair")
mp.add_option("--names", action="extend")
opts, rest = mp.parse_args(["--pair", "a,b", "--names", "x,y", "--names=z"])
print(opts, rest)
import contextlib, io
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        mp.parse_args(["--pair", "ab"])
    except SystemExit as e:
        print("exit", e.code)
print(repr(err.getvalue()))

class StandardParser(OptionParser):
    standard_option_list = [Option("-s", "--standard", action="store_true")]
    def check_values(self, values, args):
        return values, [a.upper() for a in args]
sp = StandardParser(prog="sp", option_list=[Option("-o")])
opts, rest = sp.parse_args(["-s", "x", "-o", "1", "y"])
print([str(o) for o in sp.option_list], opts, rest)

class Quiet(OptionParser):
    def error(self, msg):
        raise RuntimeError(msg)
try:
    Quiet().parse_args(["--unknown"])
except RuntimeError as e:
    print("RuntimeError", e)
