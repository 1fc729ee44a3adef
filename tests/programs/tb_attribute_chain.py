# AttributeError in a chain of attribute accesses.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


head = Node(1, Node(2))
print(head.next.value)
try:
    head.next.next.next
except AttributeError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  name:", e.name, "obj:", e.obj)
print(head.next.next.value)
