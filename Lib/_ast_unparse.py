"""`ast.unparse`: source text for a tree, as Python 3.12's `ast.unparse` writes it (the same
parentheses, quotes, blank lines and indentation). Written for Ferrython from the documented and
observed behaviour of CPython 3.12.

Each expression is written knowing the precedence its parent requires: a node whose own
precedence is lower gets parentheses. Parents record the precedence they need for each child
in `self.needs` before visiting it.
"""

from _ast import *

# Precedence levels, lowest first.
(NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR,
 POWER, AWAIT, ATOM) = range(1, 19)
BOR = EXPR

# An overflowing literal stands for float infinity.
INFINITY = '1e309'
SINGLE_QUOTES = ("'", '"')
TRIPLE_QUOTES = ('"""', "'''")
ALL_QUOTES = SINGLE_QUOTES + TRIPLE_QUOTES

UNARY = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR), 'USub': ('-', FACTOR)}
BINARY = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT),
    'BitOr': ('|', BOR), 'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND), 'FloorDiv': ('//', TERM),
    'Pow': ('**', POWER),
}
COMPARISONS = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
    'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in',
}
BOOLEAN = {'And': ('and', AND), 'Or': ('or', OR)}


def higher(level):
    """The next precedence level (the highest stays)."""
    return min(level + 1, ATOM)


def escape(c):
    """A non-printable character (or a backslash) as its escape sequence."""
    code = ord(c)
    if c == '\\':
        return '\\\\'
    if c in '\t\n\r':
        return {'\t': '\\t', '\n': '\\n', '\r': '\\r'}[c]
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def quote_string(text, quotes=ALL_QUOTES, escape_newlines=False):
    """(body, usable quotes): the text of a string literal's body, with backslashes and
    non-printable characters escaped (tabs and newlines only when `escape_newlines`), and the
    quotes from `quotes` that can enclose it, the best first."""
    body = ''.join(c if (c in '\n\t' and not escape_newlines) or (c != '\\' and c.isprintable())
                   else escape(c) for c in text)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if q in TRIPLE_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        # No quote fits: the repr, in one of the allowed quotes when it uses one.
        shown = repr(text)
        return shown[1:-1], [next((q for q in quotes if shown[0] in q), shown[0])]
    if body:
        # A quote that differs from the last character needs no escape at the end.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


def docstring_of(node):
    """The docstring's Constant of a function, class or module, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
        return None
    first = node.body[0]
    if isinstance(first, Expr) and isinstance(first.value, Constant) and isinstance(first.value.value, str):
        return first.value
    return None


class Unparser:
    def __init__(self):
        self.out = []
        self.level = 0
        self.needs = {}
        self.type_ignores = {}
        self.in_try_star = False

    def text(self, node):
        self.out = []
        self.visit(node)
        return ''.join(self.out)

    # --- writing ---

    def write(self, *texts):
        self.out.extend(texts)

    def newline_unless_first(self):
        if self.out:
            self.write('\n')

    def line(self, text=''):
        """Starts a new line at the current indentation."""
        self.newline_unless_first()
        self.write('    ' * self.level + text)

    def block(self, body, extra=None):
        """`:` (and a type comment), then `body` indented one level."""
        self.write(':')
        if extra:
            self.write(extra)
        self.level += 1
        self.visit(body)
        self.level -= 1

    def join(self, separator, items, write_item=None):
        write_item = write_item or self.visit
        for i, item in enumerate(items):
            if i:
                self.write(separator)
            write_item(item)

    def sequence(self, items):
        """Tuple items: a lone item keeps its comma."""
        if len(items) == 1:
            self.visit(items[0])
            self.write(',')
        else:
            self.join(', ', items)

    def need(self, level, *nodes):
        for node in nodes:
            self.needs[node] = level

    def needed(self, node):
        return self.needs.get(node, TEST)

    def open_if(self, condition, opening):
        if condition:
            self.write(opening)
        return condition

    def wrap(self, level, node):
        """Opens parentheses when `node` sits where more than `level` is required."""
        return self.open_if(self.needed(node) > level, '(')

    def close(self, opened, closing=')'):
        if opened:
            self.write(closing)

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self.visit(item)
            return
        method = getattr(self, 'visit_' + type(node).__name__, None)
        if method is None:
            for name in node._fields:
                value = getattr(node, name, None)
                if isinstance(value, (AST, list)):
                    self.visit(value)
            return
        method(node)

    # --- modules and statements ---

    def type_comment(self, node):
        comment = self.type_ignores.get(node.lineno) or node.type_comment
        return None if comment is None else f' # type: {comment}'

    def body_with_docstring(self, node):
        doc = docstring_of(node)
        if doc is None:
            self.visit(node.body)
            return
        self.line()
        if doc.kind == 'u':
            self.write('u')
        self.string(doc.value, TRIPLE_QUOTES)
        self.visit(node.body[1:])

    def visit_Module(self, node):
        self.type_ignores = {ignore.lineno: f'ignore{ignore.tag}' for ignore in node.type_ignores}
        self.body_with_docstring(node)
        self.type_ignores = {}

    def visit_FunctionType(self, node):
        self.write('(')
        self.join(', ', node.argtypes)
        self.write(') -> ')
        self.visit(node.returns)

    def visit_Expr(self, node):
        self.line()
        self.need(YIELD, node.value)
        self.visit(node.value)

    def visit_NamedExpr(self, node):
        opened = self.wrap(NAMED_EXPR, node)
        self.need(ATOM, node.target, node.value)
        self.visit(node.target)
        self.write(' := ')
        self.visit(node.value)
        self.close(opened)

    def visit_Import(self, node):
        self.line('import ')
        self.join(', ', node.names)

    def visit_ImportFrom(self, node):
        self.line('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.join(', ', node.names)

    def visit_Assign(self, node):
        self.line()
        for target in node.targets:
            self.need(TUPLE, target)
            self.visit(target)
            self.write(' = ')
        self.visit(node.value)
        comment = self.type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.line()
        self.visit(node.target)
        self.write(' ' + BINARY[type(node.op).__name__][0] + '= ')
        self.visit(node.value)

    def visit_AnnAssign(self, node):
        self.line()
        opened = self.open_if(not node.simple and isinstance(node.target, Name), '(')
        self.visit(node.target)
        self.close(opened)
        self.write(': ')
        self.visit(node.annotation)
        if node.value:
            self.write(' = ')
            self.visit(node.value)

    def visit_Return(self, node):
        self.line('return')
        if node.value:
            self.write(' ')
            self.visit(node.value)

    def visit_Pass(self, node):
        self.line('pass')

    def visit_Break(self, node):
        self.line('break')

    def visit_Continue(self, node):
        self.line('continue')

    def visit_Delete(self, node):
        self.line('del ')
        self.join(', ', node.targets)

    def visit_Assert(self, node):
        self.line('assert ')
        self.visit(node.test)
        if node.msg:
            self.write(', ')
            self.visit(node.msg)

    def visit_Global(self, node):
        self.line('global ')
        self.join(', ', node.names, self.write)

    def visit_Nonlocal(self, node):
        self.line('nonlocal ')
        self.join(', ', node.names, self.write)

    def visit_Await(self, node):
        opened = self.wrap(AWAIT, node)
        self.write('await')
        if node.value:
            self.write(' ')
            self.need(ATOM, node.value)
            self.visit(node.value)
        self.close(opened)

    def visit_Yield(self, node):
        opened = self.wrap(YIELD, node)
        self.write('yield')
        if node.value:
            self.write(' ')
            self.need(ATOM, node.value)
            self.visit(node.value)
        self.close(opened)

    def visit_YieldFrom(self, node):
        opened = self.wrap(YIELD, node)
        self.write('yield from ')
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.need(ATOM, node.value)
        self.visit(node.value)
        self.close(opened)

    def visit_Raise(self, node):
        self.line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.visit(node.exc)
        if node.cause:
            self.write(' from ')
            self.visit(node.cause)

    def try_statement(self, node, star):
        outer = self.in_try_star
        self.in_try_star = star
        try:
            self.line('try')
            self.block(node.body)
            self.visit(node.handlers)
            if node.orelse:
                self.line('else')
                self.block(node.orelse)
            if node.finalbody:
                self.line('finally')
                self.block(node.finalbody)
        finally:
            self.in_try_star = outer

    def visit_Try(self, node):
        self.try_statement(node, False)

    def visit_TryStar(self, node):
        self.try_statement(node, True)

    def visit_ExceptHandler(self, node):
        self.line('except*' if self.in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.visit(node.type)
        if node.name:
            self.write(' as ', node.name)
        self.block(node.body)

    def decorators(self, node):
        self.newline_unless_first()
        for decorator in node.decorator_list:
            self.line('@')
            self.visit(decorator)

    def type_params(self, params):
        if params:
            self.write('[')
            self.join(', ', params)
            self.write(']')

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.line('class ' + node.name)
        self.type_params(getattr(node, 'type_params', None))
        opened = self.open_if(bool(node.bases or node.keywords), '(')
        self.join(', ', node.bases + node.keywords)
        self.close(opened)
        self.write(':')
        self.level += 1
        self.body_with_docstring(node)
        self.level -= 1

    def function(self, node, keyword):
        self.decorators(node)
        self.line(keyword + ' ' + node.name)
        self.type_params(getattr(node, 'type_params', None))
        self.write('(')
        self.visit(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.visit(node.returns)
        self.write(':')
        comment = self.type_comment(node)
        if comment:
            self.write(comment)
        self.level += 1
        self.body_with_docstring(node)
        self.level -= 1

    def visit_FunctionDef(self, node):
        self.function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self.function(node, 'async def')

    def visit_TypeVar(self, node):
        self.write(node.name)
        if node.bound:
            self.write(': ')
            self.visit(node.bound)

    def visit_TypeVarTuple(self, node):
        self.write('*' + node.name)

    def visit_ParamSpec(self, node):
        self.write('**' + node.name)

    def visit_TypeAlias(self, node):
        self.line('type ')
        self.visit(node.name)
        self.type_params(node.type_params)
        self.write(' = ')
        self.visit(node.value)

    def loop(self, node, keyword):
        self.line(keyword)
        self.need(TUPLE, node.target)
        self.visit(node.target)
        self.write(' in ')
        self.visit(node.iter)
        self.block(node.body, self.type_comment(node))
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def visit_For(self, node):
        self.loop(node, 'for ')

    def visit_AsyncFor(self, node):
        self.loop(node, 'async for ')

    def visit_If(self, node):
        self.line('if ')
        self.visit(node.test)
        self.block(node.body)
        # An `else` holding only an `if` is written as `elif`.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.line('elif ')
            self.visit(node.test)
            self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def visit_While(self, node):
        self.line('while ')
        self.visit(node.test)
        self.block(node.body)
        if node.orelse:
            self.line('else')
            self.block(node.orelse)

    def with_statement(self, node, keyword):
        self.line(keyword)
        self.join(', ', node.items)
        self.block(node.body, self.type_comment(node))

    def visit_With(self, node):
        self.with_statement(node, 'with ')

    def visit_AsyncWith(self, node):
        self.with_statement(node, 'async with ')

    def visit_withitem(self, node):
        self.visit(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.visit(node.optional_vars)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # --- strings ---

    def string(self, text, quotes=ALL_QUOTES):
        body, usable = quote_string(text, quotes)
        self.write(usable[0] + body + usable[0])

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', INFINITY).replace('nan', f'({INFINITY}-{INFINITY})'))
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.sequence_of(value, self.constant)
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    def sequence_of(self, items, write_item):
        if len(items) == 1:
            write_item(items[0])
            self.write(',')
        else:
            self.join(', ', items, write_item)

    def fstring_part(self, node, in_spec=False):
        """The text of one part of an f-string, without quotes."""
        if isinstance(node, JoinedStr):
            return ''.join(self.fstring_part(value, in_spec) for value in node.values)
        if isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace('{', '{{').replace('}', '}}')
            if in_spec:
                for old, new in (('\\', '\\\\'), ("'", "\\'"), ('"', '\\"'), ('\n', '\\n')):
                    text = text.replace(old, new)
            return text
        if isinstance(node, FormattedValue):
            return self.replacement_field(node)
        raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def replacement_field(self, node):
        inner = Unparser()
        inner.need(higher(TEST), node.value)
        expression = inner.text(node.value)
        parts = ['{']
        if expression.startswith('{'):
            # `{ {` keeps a set or dict display from reading as an escaped brace.
            parts.append(' ')
        parts.append(expression)
        if node.conversion != -1:
            parts.append('!' + chr(node.conversion))
        if node.format_spec:
            parts.append(':' + self.fstring_part(node.format_spec, True))
        parts.append('}')
        return ''.join(parts)

    def visit_JoinedStr(self, node):
        self.write('f')
        parts = [(self.fstring_part(value), isinstance(value, Constant)) for value in node.values]
        quotes = list(ALL_QUOTES)
        texts = []
        for text, literal in parts:
            if literal:
                text, usable = quote_string(text, quotes, escape_newlines=True)
                if not set(usable) & set(quotes):
                    # No one quote suits every part: reprs inside triple single quotes.
                    quotes = ["'''"]
                    texts = [repr('"' + t)[2:-1] if lit else t for t, lit in parts]
                    break
                quotes = usable
            elif '\n' in text:
                quotes = [q for q in quotes if q in TRIPLE_QUOTES]
            texts.append(text)
        self.write(quotes[0] + ''.join(texts) + quotes[0])

    def visit_FormattedValue(self, node):
        self.write(self.replacement_field(node))

    # --- expressions ---

    def visit_Name(self, node):
        self.write(node.id)

    def visit_List(self, node):
        self.write('[')
        self.join(', ', node.elts)
        self.write(']')

    def comprehension_display(self, node, opening, closing):
        self.write(opening)
        self.visit(node.elt)
        self.visit(node.generators)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension_display(node, '[', ']')

    def visit_GeneratorExp(self, node):
        self.comprehension_display(node, '(', ')')

    def visit_SetComp(self, node):
        self.comprehension_display(node, '{', '}')

    def visit_DictComp(self, node):
        self.write('{')
        self.visit(node.key)
        self.write(': ')
        self.visit(node.value)
        self.visit(node.generators)
        self.write('}')

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.need(TUPLE, node.target)
        self.visit(node.target)
        self.write(' in ')
        self.need(higher(TEST), node.iter, *node.ifs)
        self.visit(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.visit(condition)

    def visit_IfExp(self, node):
        opened = self.wrap(TEST, node)
        self.need(higher(TEST), node.body, node.test)
        self.visit(node.body)
        self.write(' if ')
        self.visit(node.test)
        self.write(' else ')
        self.need(TEST, node.orelse)
        self.visit(node.orelse)
        self.close(opened)

    def visit_Set(self, node):
        if node.elts:
            self.write('{')
            self.join(', ', node.elts)
            self.write('}')
        else:
            # `{}` is a dict, and the name `set` may be rebound.
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.need(EXPR, value)
                self.visit(value)
            else:
                self.visit(key)
                self.write(': ')
                self.visit(value)
        self.write('{')
        self.join(', ', list(zip(node.keys, node.values)), item)
        self.write('}')

    def visit_Tuple(self, node):
        opened = self.open_if(not node.elts or self.needed(node) > TUPLE, '(')
        self.sequence(node.elts)
        self.close(opened)

    def visit_UnaryOp(self, node):
        symbol, level = UNARY[type(node.op).__name__]
        opened = self.wrap(level, node)
        self.write(symbol)
        # `not x`, but `-x`.
        if level != FACTOR:
            self.write(' ')
        self.need(level, node.operand)
        self.visit(node.operand)
        self.close(opened)

    def visit_BinOp(self, node):
        symbol, level = BINARY[type(node.op).__name__]
        opened = self.wrap(level, node)
        # `**` groups to the right, the others to the left.
        left, right = (higher(level), level) if symbol == '**' else (level, higher(level))
        self.need(left, node.left)
        self.visit(node.left)
        self.write(f' {symbol} ')
        self.need(right, node.right)
        self.visit(node.right)
        self.close(opened)

    def visit_Compare(self, node):
        opened = self.wrap(CMP, node)
        self.need(higher(CMP), node.left, *node.comparators)
        self.visit(node.left)
        for op, value in zip(node.ops, node.comparators):
            self.write(' ' + COMPARISONS[type(op).__name__] + ' ')
            self.visit(value)
        self.close(opened)

    def visit_BoolOp(self, node):
        word, level = BOOLEAN[type(node.op).__name__]
        opened = self.wrap(level, node)
        # Each operand asks for one level more than the one before it.
        for i, value in enumerate(node.values):
            if i:
                self.write(f' {word} ')
            level = higher(level)
            self.need(level, value)
            self.visit(value)
        self.close(opened)

    def visit_Attribute(self, node):
        self.need(ATOM, node.value)
        self.visit(node.value)
        # `1 .real`: `1.real` would read as a float.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.', node.attr)

    def visit_Call(self, node):
        self.need(ATOM, node.func)
        self.visit(node.func)
        self.write('(')
        self.join(', ', node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.need(ATOM, node.value)
        self.visit(node.value)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.sequence(node.slice.elts)
        else:
            self.visit(node.slice)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.need(EXPR, node.value)
        self.visit(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.visit(node.lower)
        self.write(':')
        if node.upper:
            self.visit(node.upper)
        if node.step:
            self.write(':')
            self.visit(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.visit(node.annotation)

    def visit_arguments(self, node):
        items = []
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (arg, default) in enumerate(zip(positional, defaults), 1):
            items.append((arg, default))
            if index == len(node.posonlyargs):
                items.append('/')
        if node.vararg or node.kwonlyargs:
            items.append(('*', node.vararg))
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            items.append((arg, default))
        if node.kwarg:
            items.append(('**', node.kwarg))
        for i, item in enumerate(items):
            if item == '/':
                self.write(', /')
                continue
            if i:
                self.write(', ')
            first, second = item
            if isinstance(first, str):
                self.write(first)
                if second:
                    self.write(second.arg)
                    if second.annotation:
                        self.write(': ')
                        self.visit(second.annotation)
            else:
                self.visit(first)
                if second:
                    self.write('=')
                    self.visit(second)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg, '=')
        self.visit(node.value)

    def visit_Lambda(self, node):
        opened = self.wrap(TEST, node)
        start = len(self.out)
        self.visit(node.args)
        arguments = ''.join(self.out[start:])
        del self.out[start:]
        self.write('lambda ' + arguments if arguments else 'lambda')
        self.write(': ')
        self.need(TEST, node.body)
        self.visit(node.body)
        self.close(opened)

    # --- match ---

    def visit_Match(self, node):
        self.line('match ')
        self.visit(node.subject)
        self.block(node.cases)

    def visit_match_case(self, node):
        self.line('case ')
        self.visit(node.pattern)
        if node.guard:
            self.write(' if ')
            self.visit(node.guard)
        self.block(node.body)

    def visit_MatchValue(self, node):
        self.visit(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.join(', ', node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + ('_' if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        def pair(item):
            key, pattern = item
            self.visit(key)
            self.write(': ')
            self.visit(pattern)
        self.write('{')
        self.join(', ', list(zip(node.keys, node.patterns)), pair)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        def keyword(item):
            name, pattern = item
            self.write(name + '=')
            self.visit(pattern)
        self.need(ATOM, node.cls)
        self.visit(node.cls)
        self.write('(')
        self.join(', ', node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self.write(', ')
            self.join(', ', list(zip(node.kwd_attrs, node.kwd_patterns)), keyword)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            opened = self.wrap(TEST, node)
            self.need(BOR, node.pattern)
            self.visit(node.pattern)
            self.write(' as ' + node.name)
            self.close(opened)

    def visit_MatchOr(self, node):
        opened = self.wrap(BOR, node)
        self.need(higher(BOR), *node.patterns)
        self.join(' | ', node.patterns)
        self.close(opened)


def unparse(node):
    return Unparser().text(node)
