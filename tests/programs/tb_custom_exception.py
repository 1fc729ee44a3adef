# A custom exception with __str__, an exception with no message, and a module-qualified name.
class ParseError(Exception):
    def __init__(self, line, reason):
        super().__init__(line, reason)
        self.line = line
        self.reason = reason

    def __str__(self):
        return f"line {self.line}: {self.reason}"


try:
    raise ParseError(3, "unexpected token")
except ParseError as e:
    print("caught:", e)


class Silent(Exception):
    pass


def fail():
    raise Silent


try:
    fail()
except Silent as e:
    print("silent message:", repr(str(e)))

raise ParseError(7, "unterminated string")
