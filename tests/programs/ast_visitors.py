# ast.walk, iter_fields, iter_child_nodes, NodeVisitor and NodeTransformer; compiling and running
# transformed trees.
import ast

SOURCE = """
def area(w, h):
    total = w * h
    return total

def greet(name):
    print("hello", name)

print(area(3, 4))
greet("world")
x = 1 + 2 * 3
"""

tree = ast.parse(SOURCE)
print([type(n).__name__ for n in ast.walk(tree)][:20])
print([(name, type(value).__name__) for name, value in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)


counter = Counter()
counter.visit(tree)
print(counter.names)
print("calls:", counter.calls)


class FunctionLister(ast.NodeVisitor):
    def visit_FunctionDef(self, node):
        print("def", node.name, [a.arg for a in node.args.args], node.lineno, node.end_lineno)
        return "visited " + node.name


print(FunctionLister().visit(tree.body[0]))
FunctionLister().visit(tree)


class Doubler(ast.NodeTransformer):
    """Doubles every int constant."""

    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


class RenameGreet(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "print":
            return ast.Name(id="shout", ctx=node.ctx)
        return node

    def visit_Assign(self, node):
        # A list replaces the statement by several.
        self.generic_visit(node)
        extra = ast.Expr(ast.Call(ast.Name("shout", ast.Load()), [ast.Constant("assigned")], []))
        return [node, extra]

    def visit_Pass(self, node):
        return None


def shout(*args):
    print(*[str(a).upper() for a in args])


new_tree = RenameGreet().visit(Doubler().visit(ast.parse(SOURCE)))
ast.fix_missing_locations(new_tree)
code = compile(new_tree, "<transformed>", "exec")
namespace = {"shout": shout}
exec(code, namespace)
print(namespace["x"])

removed = ast.parse("if x:\n    pass\n    y = 1")
RenameGreet().visit(removed)
print(ast.dump(removed))

expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<expr>", "eval")))

interactive = ast.parse("1 + 1", mode="single")
exec(compile(interactive, "<single>", "single"))

module = ast.Module(
    body=[
        ast.FunctionDef(
            name="add",
            args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b")], kwonlyargs=[], kw_defaults=[],
                               defaults=[ast.Constant(10)]),
            body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
            decorator_list=[],
            type_params=[],
        ),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Call(ast.Name("add", ast.Load()), [ast.Constant(1)], [])], [])),
    ],
    type_ignores=[],
)
exec(compile(ast.fix_missing_locations(module), "<built>", "exec"))
print(ast.dump(module.body[1], include_attributes=True))

# A compiled tree keeps its positions: the error's traceback line is the tree's.
bad = ast.parse("\n\n1 / 0")
try:
    exec(compile(bad, "<positions>", "exec"))
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)
