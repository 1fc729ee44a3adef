# Line numbers: co_firstlineno of decorated functions, classes and lambdas; tb_lineno and
# f_lineno for multi-line statements.
def deco(f):
    return f


@deco
@deco
def decorated():
    return 1


def plain():
    return 2


lam = (
    lambda: 3
)
print(decorated.__code__.co_firstlineno, plain.__code__.co_firstlineno, lam.__code__.co_firstlineno)


class K:
    def method(self):
        return 4


print(K.method.__code__.co_firstlineno)


def line_of_error(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return tb.tb_lineno


def multi_line_call():
    return int(
        "not a number"
    )


def multi_line_expression():
    total = (1 +
             2 +
             None)
    return total


def error_in_second_line_of_dict():
    return {
        "a": 1,
        "b": 1 / 0,
    }


print(line_of_error(multi_line_call), line_of_error(multi_line_expression),
      line_of_error(error_in_second_line_of_dict))


def current_line():
    frame = None
    try:
        raise RuntimeError
    except RuntimeError as e:
        frame = e.__traceback__.tb_frame
    return frame.f_lineno, frame.f_code.co_name


print(current_line())
