# compile() of malformed trees: the checks CPython makes before compiling, with its messages.
import ast
loc = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
def N(id, ctx=None): return ast.Name(id, ctx or ast.Load(), **loc)
P = ast.Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
def C(v): return ast.Constant(v, **loc)
cases = {
 'assign const': ast.Assign([C(1)], C(2), **loc),
 'assign load ctx': ast.Assign([N('x')], C(2), **loc),
 'empty def body': ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **loc),
 'name None': ast.Expr(N('None'), **loc),
 'store in load pos': ast.Expr(N('x', ast.Store()), **loc),
 'empty if body': ast.If(C(1), [], [], **loc),
 'del const': ast.Delete([C(1)], **loc),
 'augassign call': ast.AugAssign(ast.Call(N('f'), [], [], **loc), ast.Add(), C(1), **loc),
 'dict mismatch': ast.Expr(ast.Dict([C(1)], [], **loc), **loc),
 'compare mismatch': ast.Expr(ast.Compare(C(1), [ast.Eq()], [], **loc), **loc),
 'try no handlers': ast.Try([ast.Pass(**loc)], [], [], [], **loc),
 'kwdefaults mismatch': ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('a', **loc)], [], None, []), [ast.Pass(**loc)], [], **loc),
 'defaults too many': ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [C(1)]), [ast.Pass(**loc)], [], **loc),
 'starred load alone': ast.Expr(ast.Starred(N('x'), ast.Load(), **loc), **loc),
 'import level negative': ast.ImportFrom('m', [ast.alias('x', **loc)], -1, **loc),
 'empty import names': ast.Import([], **loc),
 'global empty': ast.Global([], **loc),
 'match empty cases': ast.Match(N('x'), [], **loc),
 'with no items': ast.With([], [ast.Pass(**loc)], **loc),
 'lambda': ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, []), C(1), **loc), **loc),
 'joined non-str': ast.Expr(ast.JoinedStr([C(1)], **loc), **loc),
 'bad line range': ast.Expr(C(1), lineno=5, col_offset=0, end_lineno=2, end_col_offset=0),
 'raise cause without exc': ast.Raise(None, C(1), **loc),
 'matchsingleton bad': ast.Match(N('x'), [ast.match_case(ast.MatchSingleton(5, **loc), None, [ast.Pass(**loc)])], **loc),
 'matchvalue name': ast.Match(N('x'), [ast.match_case(ast.MatchValue(N('y'), **loc), None, [ast.Pass(**loc)])], **loc),
 'return outside': ast.Return(C(1), **loc),
 'yield outside': ast.Expr(ast.Yield(C(1), **loc), **loc),
 'nonlocal module': ast.Nonlocal(['x'], **loc),
 'class empty body': ast.ClassDef('C', [], [], [], [], [], **loc),
 'for empty body': ast.For(N('i', ast.Store()), N('r'), [], [], **loc),
 'while empty': ast.While(C(1), [], [], **loc),
 'attribute const store': ast.Assign([ast.Attribute(C(1), 'x', ast.Store(), **loc)], C(1), **loc),
 'subscript del': ast.Delete([ast.Subscript(N('a'), C(1), ast.Del(), **loc)], **loc),
 'tuple store nested': ast.Assign([ast.Tuple([N('a', ast.Store()), C(1)], ast.Store(), **loc)], C(1), **loc),
 'namedexpr non-name': ast.Expr(ast.NamedExpr(C(1), C(2), **loc), **loc),
 'comprehension empty': ast.Expr(ast.ListComp(C(1), [], **loc), **loc),
 'bool op one value': ast.Expr(ast.BoolOp(ast.And(), [C(1)], **loc), **loc),
 'type alias non-name': ast.TypeAlias(C(1), [], C(2), **loc),
}
for name, stmt in cases.items():
    tree = ast.Module([stmt], [])
    try:
        exec(compile(tree, '<t>', 'exec'), {'x': 1, 'f': print, 'a': [1], 'r': [], 'y': 2})
        print(name, '-> ok')
    except Exception as e:
        print(name, '->', type(e).__name__, e)
def case(p):
    return ast.Match(N('x'), [ast.match_case(p, None, [P])], **loc)


cases2 = {
 'col range': ast.Expr(C(1), lineno=2, col_offset=5, end_lineno=2, end_col_offset=1),
 'neg line': ast.Expr(C(1), lineno=-1, col_offset=0, end_lineno=1, end_col_offset=1),
 'matchvalue None': case(ast.MatchValue(C(None), **loc)),
 'matchvalue fstring': case(ast.MatchValue(ast.JoinedStr([], **loc), **loc)),
 'matchvalue neg': case(ast.MatchValue(ast.UnaryOp(ast.USub(), C(1), **loc), **loc)),
 'matchmapping mismatch': case(ast.MatchMapping([C(1)], [], None, **loc)),
 'matchmapping name key': case(ast.MatchMapping([N('k')], [ast.MatchAs(None, None, **loc)], None, **loc)),
 'matchclass const': case(ast.MatchClass(C(1), [], [], [], **loc)),
 'matchclass mismatch': case(ast.MatchClass(N('C'), [], ['a'], [], **loc)),
 'matchas _': case(ast.MatchAs(None, '_', **loc)),
 'matchas pattern no name': case(ast.MatchAs(ast.MatchAs(None, None, **loc), None, **loc)),
 'matchor one': case(ast.MatchOr([ast.MatchAs(None, None, **loc)], **loc)),
 'matchstar _': case(ast.MatchSequence([ast.MatchStar('_', **loc)], **loc)),
 'matchstar outside': case(ast.MatchStar('a', **loc)),
 'matchas True': case(ast.MatchAs(None, 'True', **loc)),
 'arg None': ast.FunctionDef('f', ast.arguments([], [ast.arg('None', **loc)], None, [], [], None, []), [P], [], **loc),
 'def name None': ast.FunctionDef('None', ast.arguments([], [], None, [], [], None, []), [P], [], **loc),
 'attr True': ast.Expr(ast.Attribute(N('x'), 'True', ast.Load(), **loc), **loc),
 'keyword None': ast.Expr(ast.Call(N('f'), [], [ast.keyword('None', C(1), **loc)], **loc), **loc),
 'try orelse no handlers': ast.Try([P], [], [P], [P], **loc),
 'trystar none': ast.TryStar([P], [], [], [], **loc),
 'except empty body': ast.Try([P], [ast.ExceptHandler(None, None, [], **loc)], [], [], **loc),
 'annassign simple attr': ast.AnnAssign(ast.Attribute(N('x'), 'a', ast.Store(), **loc), N('int'), None, 1, **loc),
 'compare count': ast.Expr(ast.Compare(C(1), [ast.Eq(), ast.Eq()], [C(2)], **loc), **loc),
 'matchcase empty body': ast.Match(N('x'), [ast.match_case(ast.MatchAs(None, None, **loc), None, [])], **loc),
 'delete empty': ast.Delete([], **loc),
 'assign empty': ast.Assign([], C(1), **loc),
 'importfrom empty': ast.ImportFrom('m', [], 0, **loc),
 'nonlocal empty': ast.Nonlocal([], **loc),
 'global None': ast.Global(['None'], **loc),
 'with empty body': ast.With([ast.withitem(N('x'), None)], [], **loc),
 'asyncfor empty': ast.AsyncFor(N('i', ast.Store()), N('r'), [], [], **loc),
 'typevar': ast.TypeAlias(N('T', ast.Store()), [ast.TypeVar('None', None, **loc)], C(1), **loc),
 'alias None': ast.Import([ast.alias('None', **loc)], **loc),
}
for name, stmt in cases2.items():
    tree = ast.Module([stmt], [])
    try:
        compile(tree, '<t>', 'exec')
        print(name, '-> ok')
    except Exception as e:
        print(name, '->', type(e).__name__, e)

