# __traceback__ objects: not None, tb_lineno, tb_next chain, frames' code names.
def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

e = ValueError("never raised")
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)

# with_traceback
try:
    raise RuntimeError("first")
except RuntimeError as first:
    saved_tb = first.__traceback__
new = KeyError("second").with_traceback(saved_tb)
print(new.__traceback__ is saved_tb)

# Re-raising adds frames to the same traceback.
def reraise_here():
    try:
        inner()
    except ValueError as e:
        raise e


try:
    reraise_here()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)

err_obj = ValueError()
try:
    err_obj.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
