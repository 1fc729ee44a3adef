"""Get information about live objects: their kind, members, source code, call signature,
and the frames of the running program.

The sections are:

* kind predicates (`isfunction`, `isclass`, `iscoroutinefunction`, ...);
* members and attributes (`getmembers`, `getattr_static`, `getmro`, `unwrap`);
* documentation and source (`getdoc`, `cleandoc`, `getfile`, `getsource`, ...), where
  source comes from `linecache` and a block ends where its indentation does;
* signatures (`Parameter`, `Signature`, `BoundArguments`, `signature`);
* frames and the stack (`currentframe`, `stack`, `getframeinfo`, ...).
"""

import ast
import collections
import collections.abc
import enum
import functools
import linecache
import os
import re
import sys
import types

__all__ = [
    'ArgInfo', 'Arguments', 'Attribute', 'BlockFinder', 'BoundArguments', 'ClosureVars',
    'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE',
    'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS',
    'CORO_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'FrameInfo',
    'FullArgSpec', 'GEN_CLOSED', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'Parameter',
    'Signature', 'TPFLAGS_IS_ABSTRACT', 'Traceback', 'cleandoc', 'currentframe',
    'classify_class_attrs', 'findsource', 'formatannotation', 'formatargvalues',
    'get_annotations', 'getabsfile', 'getargs',
    'getargvalues', 'getattr_static', 'getblock', 'getcallargs', 'getclasstree',
    'getclosurevars', 'getcomments', 'getcoroutinelocals', 'getcoroutinestate', 'getdoc',
    'getfile', 'getframeinfo', 'getfullargspec', 'getgeneratorlocals', 'getgeneratorstate',
    'getinnerframes', 'getlineno', 'getmembers', 'getmembers_static', 'getmodule',
    'getmodulename', 'getmro', 'getouterframes', 'getsource', 'getsourcefile',
    'getsourcelines', 'indentsize', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
    'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction',
    'isgetsetdescriptor', 'ismemberdescriptor', 'ismethod', 'ismethoddescriptor',
    'ismethodwrapper', 'ismodule', 'isroutine', 'istraceback', 'markcoroutinefunction',
    'signature', 'stack', 'trace', 'unwrap',
]

# Code object flags (co_flags).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- What kind of object ----

# Kind tests that are one isinstance() check each: (function name, class in `types`, or
# 'type' for the builtin). They are made by _kind_test below.
_KIND_TESTS = (
    ('ismodule', 'ModuleType'),
    ('isclass', 'type'),
    ('ismethod', 'MethodType'),
    ('isfunction', 'FunctionType'),
    ('ismemberdescriptor', 'MemberDescriptorType'),
    ('isgetsetdescriptor', 'GetSetDescriptorType'),
    ('isasyncgen', 'AsyncGeneratorType'),
    ('isgenerator', 'GeneratorType'),
    ('iscoroutine', 'CoroutineType'),
    ('istraceback', 'TracebackType'),
    ('isframe', 'FrameType'),
    ('iscode', 'CodeType'),
    ('isbuiltin', 'BuiltinFunctionType'),
    ('ismethodwrapper', 'MethodWrapperType'),
)


def _kind_test(public_name, kind):
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = public_name
    test.__doc__ = f'True for instances of {kind.__name__}.'
    return test


for _public, _kind_name in _KIND_TESTS:
    globals()[_public] = _kind_test(
        _public, type if _kind_name == 'type' else getattr(types, _kind_name))
del _public, _kind_name


def ismethoddescriptor(object):
    """Descriptors with __get__ but no __set__ that are not plain functions or methods
    (int.__add__, staticmethod objects...)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, (types.WrapperDescriptorType, types.MethodDescriptorType,
                           types.ClassMethodDescriptorType)):
        return True
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """Descriptors with __set__ or __delete__ (properties, slots, getsets)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _underlying_code_flag(f, flag):
    """Whether the function behind f (through methods and partials) has the code flag."""
    while ismethod(f) or isinstance(f, functools.partial):
        f = f.__func__ if ismethod(f) else f.func
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def _flag_test(public_name, flag, what):
    def test(obj):
        return _underlying_code_flag(obj, flag)
    test.__name__ = test.__qualname__ = public_name
    test.__doc__ = f'True for functions (or methods, partials of them) that make {what}.'
    return test


for _public, _flag, _what in (
    ('isgeneratorfunction', CO_GENERATOR, 'a generator'),
    ('isasyncgenfunction', CO_ASYNC_GENERATOR, 'an asynchronous generator'),
):
    globals()[_public] = _flag_test(_public, _flag, _what)
del _public, _flag, _what


# Set on functions marked with markcoroutinefunction().
_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Make iscoroutinefunction() true for a function that returns a coroutine."""
    if hasattr(func, '__func__'):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    if _underlying_code_flag(obj, CO_COROUTINE):
        return True
    while ismethod(obj) or isinstance(obj, functools.partial):
        obj = obj.__func__ if ismethod(obj) else obj.func
    return getattr(obj, '_is_coroutine_marker', None) is _is_coroutine_mark


def isawaitable(object):
    """Whether the object can be used in an await expression."""
    return (isinstance(object, types.CoroutineType)
            or (isinstance(object, types.GeneratorType)
                and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE))
            or isinstance(object, collections.abc.Awaitable))


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Whether the class has abstract methods left (cannot be instantiated)."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    return False


# ---- Members and attributes ----

def _members(object, predicate, getter):
    names = dir(object)
    if isclass(object):
        # Attributes of the bases that dir() may hide (a metaclass __dir__).
        extra = set()
        for base in object.__mro__:
            extra.update(base.__dict__)
        names = list(set(names) | extra)
    results = []
    seen = set()
    for key in names:
        try:
            value = getter(object, key)
            if key in seen:
                continue
        except AttributeError:
            # Class attributes reachable only through __dict__ (DynamicClassAttribute).
            for base in getattr(object, '__mro__', ()):
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """The (name, value) pairs of the object's attributes, sorted by name."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers() without running descriptors or __getattr__."""
    return _members(object, predicate, getattr_static)


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for each attribute of a class; kind is
    'class method', 'static method', 'property', 'method' or 'data'."""
    metaclass_mro = tuple(c for c in type(cls).__mro__ if c not in (type, object))
    owners = cls.__mro__ + metaclass_mro
    names = list(dir(cls))
    # Attributes reachable only from instances (enum's name and value) count too.
    for base in cls.__mro__:
        names.extend(key for key, value in base.__dict__.items()
                     if isinstance(value, types.DynamicClassAttribute) and value.fget is not None)
    result = []
    seen = set()
    for name in names:
        if name in seen:
            continue
        for owner in owners:
            if name in owner.__dict__:
                raw = owner.__dict__[name]
                break
        else:
            continue
        seen.add(name)
        if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
            kind, obj = 'static method', raw
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind, obj = 'class method', raw
        elif isinstance(raw, property):
            kind, obj = 'property', raw
        else:
            try:
                obj = raw if name == '__dict__' else getattr(cls, name)
            except Exception:
                obj = raw
            kind = 'method' if isroutine(obj) else 'data'
        result.append(Attribute(name, kind, owner, obj))
    return result


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The function at the end of a chain of __wrapped__ attributes (functools.wraps)."""
    original = func
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= sys.getrecursionlimit():
            raise ValueError(f'wrapper loop when unwrapping {original!r}')
        seen.add(id(func))
    return func


_ABSENT = object()


def _instance_dict(obj):
    """The instance's own __dict__, read without running __getattribute__ overrides."""
    try:
        namespace = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}
    return namespace if isinstance(namespace, dict) else {}


def _class_lookup(klass, attr):
    """attr in the __dict__ of klass or its bases, without running anything."""
    for entry in klass.__mro__:
        namespace = entry.__dict__
        if attr in namespace:
            return namespace[attr]
    return _ABSENT


def _is_data_descriptor_type(kind):
    return (_class_lookup(kind, '__get__') is not _ABSENT
            and (_class_lookup(kind, '__set__') is not _ABSENT
                 or _class_lookup(kind, '__delete__') is not _ABSENT))


def getattr_static(obj, attr, default=_ABSENT):
    """Look an attribute up as getattr() would, but without calling descriptors,
    __getattr__ or __getattribute__: the raw object stored is returned."""
    if isinstance(obj, type):
        klass, instance_value = obj, _ABSENT
    else:
        klass = type(obj)
        instance_value = _instance_dict(obj).get(attr, _ABSENT)
    class_value = _class_lookup(klass, attr)
    # A data descriptor on the class wins over the instance's own value.
    if class_value is not _ABSENT and instance_value is not _ABSENT \
            and _is_data_descriptor_type(type(class_value)):
        return class_value
    if instance_value is not _ABSENT:
        return instance_value
    if class_value is not _ABSENT:
        return class_value
    if klass is obj:
        # For classes, the metaclass's attributes count too.
        meta_value = _class_lookup(type(klass), attr)
        if meta_value is not _ABSENT:
            return meta_value
    if default is not _ABSENT:
        return default
    raise AttributeError(attr)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable, strings evaluated on request."""
    if isinstance(obj, type):
        annotations = obj.__dict__.get('__annotations__', None)
        module = sys.modules.get(getattr(obj, '__module__', None))
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        annotations = getattr(obj, '__annotations__', None)
        obj_globals = obj.__dict__
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        annotations = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if annotations is None:
        return {}
    if not isinstance(annotations, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str:
        return dict(annotations)
    if unwrapped is not None:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
            elif isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
            else:
                break
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in annotations.items()}


# ---- Documentation ----

def indentsize(line):
    """The number of leading spaces (tabs expanded)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def cleandoc(doc):
    """Docstring text without the indentation its source lines share, and without
    blank lines at the start and end."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines[0] = lines[0].lstrip()
    lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    """The docstring of the attribute this one overrides, for methods without their own."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    name = getattr(obj, '__name__', None)
    func = getattr(obj, '__func__', obj)
    qualname = getattr(func, '__qualname__', '')
    module = sys.modules.get(getattr(func, '__module__', None))
    owner = module
    for part in qualname.split('.')[:-1]:
        owner = getattr(owner, part, None)
    if not isclass(owner) or name is None:
        return None
    for base in owner.__mro__[1:]:
        doc = getattr(base.__dict__.get(name), '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The cleaned-up docstring of an object, inherited from what it overrides if none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- Source files and code ----

def getfile(object):
    """The name of the file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    f'expected, got {type(object).__name__}')


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    name = os.path.basename(path)
    for suffix in ('.py', '.pyc', '.pyw'):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file of an object, or None if it cannot be found."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif not filename.endswith('.py') and not filename.startswith('<'):
        return None
    if os.path.exists(filename) or filename in linecache.cache:
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    return os.path.normcase(os.path.abspath(_filename or getsourcefile(object) or getfile(object)))


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getsourcefile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == _filename:
            return module
    return None


def findsource(object):
    """All lines of the object's source file, and the index of its first line."""
    file = getsourcefile(object)
    if file is None:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    linecache.checkcache(file)
    lines = linecache.getlines(file, module.__dict__ if module is not None else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_line(object, lines)
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return lines, object.co_firstlineno - 1
    raise OSError('could not find code object')


def _class_line(cls, lines):
    """The index of the `class` statement of cls, found by its (nested) qualified name."""
    parts = cls.__qualname__.split('.')
    if '<locals>' in parts:
        parts = parts[parts.index('<locals>') + 1:]
    index = 0
    depth_indent = -1
    for name in parts:
        pattern = re.compile(r'^(\s*)class\s+' + re.escape(name) + r'\b')
        for i in range(index, len(lines)):
            match = pattern.match(lines[i])
            if match and len(match.group(1).expandtabs()) > depth_indent:
                index, depth_indent = i, len(match.group(1).expandtabs())
                break
        else:
            raise OSError('could not find class definition')
    # Decorators belong to the class.
    while index > 0 and lines[index - 1].strip().startswith('@'):
        index -= 1
    return index


class BlockFinder:
    """Finds where the block starting at the first line ends: at the first line that is
    indented no deeper than that line and is not inside brackets or a string."""

    def __init__(self):
        self.last = 1

    def feed_lines(self, lines):
        base = None  # the indentation of the first line
        depth, quote = 0, None
        header_done = False  # past the decorators and the `def`/`class` line
        statement = ''  # the first line of the statement after the decorators
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            starts_statement = quote is None and depth == 0
            if starts_statement and stripped and not stripped.startswith('#'):
                if not header_done and not stripped.startswith('@'):
                    statement = statement or stripped
                indent = indentsize(line)
                if base is None:
                    base = indent
                elif header_done and indent <= base:
                    return
            # Comments only count once code follows them (trailing ones belong outside).
            if stripped and (not starts_statement or not stripped.startswith('#')):
                self.last = number
            depth, quote = self._scan(line, depth, quote)
            if not header_done and depth == 0 and quote is None and stripped \
                    and not stripped.startswith(('@', '#')):
                header_done = True
                if not statement.startswith(('def ', 'async ', 'class ')):
                    return  # a lambda: its block is the statement holding it

    @staticmethod
    def _scan(line, depth, quote):
        """Bracket depth and open string quote after the line (comments ignored)."""
        i = 0
        while i < len(line):
            if quote is not None:
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                if line[i] == '\\':
                    i += 2
                    continue
                i += 1
                continue
            ch = line[i]
            if ch == '#':
                break
            if ch in '\'"':
                triple = line[i:i + 3]
                quote = triple if triple in ('"""', "'''") else ch
                i += len(quote)
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth = max(depth - 1, 0)
            i += 1
        if quote in ('"', "'"):
            quote = None  # a one-quote string cannot span lines
        return depth, quote


def getblock(lines):
    """The lines of the block (def, class, ...) starting at the first of lines."""
    finder = BlockFinder()
    finder.feed_lines(lines)
    return lines[:finder.last]


def getsourcelines(object):
    """The source lines of an object and the number of its first line."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of an object."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above an object's source (or at the top of a module)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start += 1
        comments = []
        while start < len(lines) and lines[start].lstrip()[:1] == '#':
            comments.append(lines[start].expandtabs())
            start += 1
        return ''.join(comments) or None
    depth = indentsize(lines[lnum])
    above = lnum
    while above > 0 and lines[above - 1].lstrip().startswith('#') \
            and indentsize(lines[above - 1]) == depth:
        above -= 1
    block = [line.expandtabs().lstrip() for line in lines[above:lnum]]
    # Bare '#' lines at either end of the block are decoration, not comment text.
    keep = [i for i, line in enumerate(block) if line.strip() != '#']
    if not keep:
        return None
    return ''.join(block[keep[0]:keep[-1] + 1]) or None


def getclasstree(classes, unique=False):
    """Arrange classes into a nested list of (class, bases) tuples by inheritance."""
    subclasses = {}      # base -> the given classes directly below it, in order
    tops = [k for k in classes if not k.__bases__]
    tops = list(dict.fromkeys(tops))
    for klass in classes:
        for base in klass.__bases__:
            below = subclasses.setdefault(base, [])
            if klass not in below:
                below.append(klass)
            if unique and base in classes:
                break
    tops += [base for base in subclasses if base not in classes]

    def nest(level):
        tree = []
        for klass in sorted(level, key=lambda k: (k.__module__, k.__name__)):
            tree.append((klass, klass.__bases__))
            if klass in subclasses:
                tree.append(nest(subclasses[klass]))
        return tree
    return nest(tops)


# ---- Code objects and frames ----

Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')
Attribute = collections.namedtuple('Attribute', 'name kind defining_class object')


def getargs(co):
    """The argument names of a code object: (args, varargs name, varkw name)."""
    if not iscode(co):
        raise TypeError(f'{co!r} is not a code object')
    names = co.co_varnames
    count = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:count])
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[count]
        count += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[count]
    return Arguments(args, varargs, varkw)


def getfullargspec(func):
    """The names and defaults of a callable's parameters (bound `self` included)."""
    try:
        sig = _signature(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args, kwonlyargs = [], []
    varargs = varkw = None
    defaults, kwdefaults = (), {}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is Parameter.VAR_POSITIONAL:
            varargs = name
        elif kind is Parameter.KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


def getargvalues(frame):
    """The arguments of the function running in a frame, with the frame's locals."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """Show the arguments of a frame (as getargvalues() gives them) like a call: (a=1, *b=())."""
    specs = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


def getcallargs(func, /, *positional, **named):
    """The values each parameter of func would get from this call (defaults included)."""
    sig = signature(func)
    bound = sig.bind(*positional, **named)
    bound.apply_defaults()
    return dict(bound.arguments)


def getclosurevars(func):
    """The names a function refers to, by where they come from."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', __builtins__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


_Traceback = collections.namedtuple('_Traceback', 'filename lineno function code_context index')
_FrameInfo = collections.namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class Traceback(_Traceback):
    """Where a frame is: file, line, function and the lines of source around it."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return (f'Traceback(filename={self.filename!r}, lineno={self.lineno!r}, '
                f'function={self.function!r}, code_context={self.code_context!r}, '
                f'index={self.index!r}, positions={self.positions!r})')


class FrameInfo(_FrameInfo):
    """A frame with its Traceback information (what stack() lists)."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return (f'FrameInfo(frame={self.frame!r}, filename={self.filename!r}, '
                f'lineno={self.lineno!r}, function={self.function!r}, '
                f'code_context={self.code_context!r}, index={self.index!r}, '
                f'positions={self.positions!r})')


def getlineno(frame):
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """The Traceback of a frame or traceback object, with `context` lines of source."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            source, _ = findsource(frame)
        except OSError:
            pass
        else:
            start = max(0, min(start, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo for a frame and each of its callers, innermost first."""
    frames = []
    while frame:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    """FrameInfo for each level of a traceback, outermost first."""
    frames = []
    while tb:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return frames


def currentframe():
    """The frame of the caller."""
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def stack(context=1):
    """FrameInfo for the caller's frame and all outer ones."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo between the current frame and where the exception being handled was raised."""
    exc = sys.exception()
    return getinnerframes(exc.__traceback__ if exc else None, context)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def _run_state(running, suspended, frame, prefix):
    """'<prefix>_RUNNING', '_SUSPENDED', '_CLOSED' or '_CREATED' for a generator or coroutine."""
    if running:
        return prefix + '_RUNNING'
    if suspended:
        return prefix + '_SUSPENDED'
    return prefix + ('_CLOSED' if frame is None else '_CREATED')


def getgeneratorstate(generator):
    """Where a generator is: created, running, suspended at a yield, or closed."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame, 'GEN')


def getgeneratorlocals(generator):
    """The local variables of a suspended generator."""
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """Where a coroutine is: created, running, suspended at an await, or closed."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame, 'CORO')


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


# ---- Signatures ----

class _empty:
    """Marker for a parameter's missing default or annotation."""


class _UNCHANGED:
    """Marker for 'not given' in replace()."""


class _ParameterKind(enum.IntEnum):
    # Each kind is an int (its place in a valid parameter list) with a readable description.
    POSITIONAL_ONLY = 0, 'positional-only'
    POSITIONAL_OR_KEYWORD = 1, 'positional or keyword'
    VAR_POSITIONAL = 2, 'variadic positional'
    KEYWORD_ONLY = 3, 'keyword-only'
    VAR_KEYWORD = 4, 'variadic keyword'

    def __new__(cls, rank, description):
        kind = int.__new__(cls, rank)
        kind._value_ = rank
        kind.description = description
        return kind

    def __str__(self):
        return self.name


# Module-level shorthands (_POSITIONAL_ONLY, ...) for the kinds.
globals().update({'_' + kind.name: kind for kind in _ParameterKind})


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: `int`, `mod.Class`, `List[int]`."""
    if getattr(annotation, '__module__', None) == 'typing':
        return re.sub(r'\btyping\.', '', repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _restore_slots(obj, state):
    """Unpickling of the slot-only classes below: state maps slot names to values."""
    for slot, value in state.items():
        object.__setattr__(obj, slot, value)


class Parameter:
    """One parameter of a signature: its name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():
            # Comprehensions' implicit `.0` argument.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {self._kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = f'implicit{name[1:]}'
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        _restore_slots(self, state)

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_UNCHANGED, kind=_UNCHANGED, annotation=_UNCHANGED, default=_UNCHANGED):
        """A copy with the given fields changed."""
        return type(self)(
            self._name if name is _UNCHANGED else name,
            self._kind if kind is _UNCHANGED else kind,
            default=self._default if default is _UNCHANGED else default,
            annotation=self._annotation if annotation is _UNCHANGED else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f'{text}: {formatannotation(self._annotation)}'
        if self._default is not _empty:
            separator = ' = ' if self._annotation is not _empty else '='
            text = f'{text}{separator}{self._default!r}'
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{self.__class__.__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind(): which parameter got which argument."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        """The positional arguments to call the function with."""
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break  # a gap: the rest must go by keyword
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        """The keyword arguments to call the function with."""
        kwargs = {}
        positional_done = False
        for name, param in self._signature.parameters.items():
            if not positional_done:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                    positional_done = True
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults of the parameters that got no argument."""
        given = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in given:
                filled.append((name, given[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {slot: getattr(self, slot) for slot in ('_signature', 'arguments')}

    def __setstate__(self, state):
        _restore_slots(self, state)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{self.__class__.__name__} ({shown})>'


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            checked = collections.OrderedDict()
        elif __validate_parameters__:
            checked = collections.OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind, name = param.kind, param.name
                if kind < top_kind:
                    raise ValueError(f'wrong parameter order: {top_kind.description} parameter '
                                     f'before {kind.description} parameter')
                top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in checked:
                    raise ValueError(f'duplicate parameter name: {name!r}')
                checked[name] = param
        else:
            checked = collections.OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(checked)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature(obj, sigcls=cls, follow_wrapped=follow_wrapped, globals=globals,
                          locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_UNCHANGED, return_annotation=_UNCHANGED):
        """A copy with the parameters or the return annotation changed."""
        if parameters is _UNCHANGED:
            parameters = self.parameters.values()
        if return_annotation is _UNCHANGED:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwonly = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        return params, kwonly, self.return_annotation

    def __hash__(self):
        params, kwonly, return_annotation = self._hash_basis()
        return hash((params, frozenset(kwonly), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Match arguments to parameters as a call would."""
        arguments = {}
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        position = 0
        args = list(args)
        # Positional arguments fill the positional parameters in order.
        while args:
            if position == len(params):
                raise TypeError('too many positional arguments')
            param = params[position]
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args)
                args = []
                position += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError(f'multiple values for argument {param.name!r}')
            arguments[param.name] = args.pop(0)
            position += 1
        # The remaining parameters take keywords, defaults, or are missing.
        var_keyword = None
        misplaced = []
        for param in params[position:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _POSITIONAL_ONLY:
                if param.name in kwargs:
                    misplaced.append(param.name)
                if param.default is _empty and not partial:
                    if param.name in kwargs:
                        continue  # reported below unless **kwargs takes it
                    raise TypeError(f'missing a required argument: {param.name!r}')
                continue
            if param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif param.default is _empty and not partial:
                kind = ' keyword-only' if param.kind == _KEYWORD_ONLY else ''
                raise TypeError(f'missing a required{kind} argument: {param.name!r}')
        if kwargs:
            if var_keyword is not None:
                arguments[var_keyword.name] = kwargs
            elif misplaced:
                names = ', '.join(repr(name) for name in misplaced)
                raise TypeError('got some positional-only arguments passed as keyword '
                                f'arguments: {names}')
            else:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind the arguments of a call; TypeError if the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but parameters may be left without an argument."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        _restore_slots(self, state)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self}>'

    def __str__(self):
        rendered = []
        slash_pending = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                rendered.append('/')
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                rendered.append('*')
                star_needed = False
            rendered.append(str(param))
        if slash_pending:
            rendered.append('/')
        text = f"({', '.join(rendered)})"
        if self.return_annotation is not _empty:
            text += f' -> {formatannotation(self.return_annotation)}'
        return text


def _signature_from_function(sigcls, func, skip_bound_arg=True, globals=None, locals=None,
                             eval_str=False):
    """The signature of a Python function, read from its code object and defaults."""
    code = func.__code__
    names = code.co_varnames
    positional_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    parameters = []
    first_default = positional_count - len(defaults)
    for i, name in enumerate(names[:positional_count]):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = positional_count
    if code.co_flags & CO_VARARGS:
        name = names[positional_count + kwonly_count]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in names[index:index + kwonly_count]:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        offset = positional_count + kwonly_count + bool(code.co_flags & CO_VARARGS)
        name = names[offset]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return sigcls(parameters, return_annotation=annotations.get('return', _empty),
                  __validate_parameters__=False)


def _signature_from_text(sigcls, text, obj):
    """The signature described by a builtin's __text_signature__, like '($self, x, /)'."""
    bound_marker = text.startswith('($')
    source = 'def f' + text.replace('$', '') + ': pass'
    try:
        tree = ast.parse(source)
    except SyntaxError:
        raise ValueError(f'{obj!r} builtin has invalid signature') from None
    args = tree.body[0].args

    def value_of(node):
        try:
            return ast.literal_eval(node)
        except ValueError:
            return _empty  # a default only Python code could compute
    parameters = []
    positional = args.posonlyargs + args.args
    defaults = [None] * (len(positional) - len(args.defaults)) + args.defaults
    for i, (arg, default) in enumerate(zip(positional, defaults)):
        kind = _POSITIONAL_ONLY if i < len(args.posonlyargs) else _POSITIONAL_OR_KEYWORD
        parameters.append(Parameter(arg.arg, kind,
                                    default=_empty if default is None else value_of(default)))
    if args.vararg:
        parameters.append(Parameter(args.vararg.arg, _VAR_POSITIONAL))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults):
        parameters.append(Parameter(arg.arg, _KEYWORD_ONLY,
                                    default=_empty if default is None else value_of(default)))
    if args.kwarg:
        parameters.append(Parameter(args.kwarg.arg, _VAR_KEYWORD))
    # The `$` parameter (`$self`, `$module`) is the one a bound builtin (a module's function,
    # a method of an instance) has taken already.
    if bound_marker and parameters and getattr(obj, '__self__', None) is not None:
        parameters = parameters[1:]
    return sigcls(parameters, __validate_parameters__=False)


def _without_first(sig):
    """A method's signature as seen through its instance: the first parameter is bound."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig  # *args takes the bound argument and stays
    return sig.replace(parameters=params[1:])


def _signature_of_partial(sig, partial):
    """The signature left once a functools.partial has supplied some arguments."""
    params = list(sig.parameters.values())
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as exc:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from exc
    result = []
    positional_given = len(partial.args)
    to_keyword_only = False
    for param in params:
        name = param.name
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and positional_given:
            positional_given -= 1
            continue  # filled by the partial's positional arguments
        if name in partial.keywords:
            if param.kind == _POSITIONAL_ONLY:
                raise ValueError(f'partial object {partial!r} has incorrect arguments')
            # A keyword given by the partial turns this and later parameters keyword-only.
            to_keyword_only = param.kind == _POSITIONAL_OR_KEYWORD or to_keyword_only
            result.append(param.replace(default=bound.arguments[name],
                                        kind=_KEYWORD_ONLY if to_keyword_only else param.kind))
            continue
        if to_keyword_only and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif to_keyword_only and param.kind == _VAR_POSITIONAL:
            continue  # nothing can reach *args past a keyword-only parameter
        result.append(param)
    return sig.replace(parameters=result)


def _python_method(cls, name):
    """The Python function `name` defined in cls itself (through staticmethod and
    classmethod), or None."""
    method = cls.__dict__.get(name)
    if isinstance(method, (staticmethod, classmethod)):
        method = method.__func__
    if isfunction(method) or isinstance(method, functools.partial):
        return method
    return None


def _user_method(cls, name):
    """The Python function `name` that cls or its bases define (None if a builtin one
    comes first)."""
    for base in cls.__mro__:
        if name in base.__dict__:
            return _python_method(base, name)
    return None


def _signature(obj, *, sigcls=Signature, follow_wrapped=True, skip_bound_arg=True,
               globals=None, locals=None, eval_str=False):
    """The signature of any callable (see signature())."""
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')

    def recurse(target):
        return _signature(target, sigcls=sigcls, follow_wrapped=follow_wrapped,
                          skip_bound_arg=skip_bound_arg, globals=globals, locals=locals,
                          eval_str=eval_str)

    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        return _without_first(sig) if skip_bound_arg else sig

    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__')
                     or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
            return sig

    if isfunction(obj):
        return _signature_from_function(sigcls, obj, skip_bound_arg, globals, locals, eval_str)

    if isinstance(obj, functools.partial):
        return _signature_of_partial(recurse(obj.func), obj)

    if isinstance(obj, (staticmethod, classmethod)):
        return recurse(obj.__func__)

    if isinstance(obj, type):
        # A metaclass's own __call__ decides, else the class's __new__ or __init__, the
        # one from the most derived class.
        call = _user_method(type(obj), '__call__')
        if call is not None:
            return _without_first(recurse(call))
        for base in obj.__mro__[:-1]:
            for name in ('__new__', '__init__'):
                method = _python_method(base, name)
                if method is not None:
                    return _without_first(recurse(method))
        text = getattr(obj, '__text_signature__', None)
        if text:
            return _signature_from_text(sigcls, text, obj)
        # Without Python-level __new__/__init__, only a builtin base can take arguments.
        for base in obj.__mro__[:-1]:
            if '__init__' in base.__dict__ or '__new__' in base.__dict__:
                raise ValueError(f'no signature found for builtin type {base!r}')
        return sigcls()

    text = getattr(obj, '__text_signature__', None)
    if text:
        return _signature_from_text(sigcls, text, obj)
    if isbuiltin(obj) or ismethoddescriptor(obj) or ismethodwrapper(obj):
        raise ValueError(f'no signature found for builtin {obj!r}')

    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _without_first(recurse(call))
    raise ValueError(f'callable {obj!r} is not supported by signature')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: function, method, class, partial or callable object."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)
