# global edge cases: global in nested function, global for names never assigned at module level,
# deleting globals from functions, and globals() mutation.
def make():
    def inner():
        global made_by_inner
        made_by_inner = "from inner"
    inner()


make()
print(made_by_inner)


def remove():
    global made_by_inner
    del made_by_inner


remove()
try:
    made_by_inner
except NameError as e:
    print(type(e).__name__, e)


def read_after_delete():
    global temp
    temp = 1
    del temp
    try:
        return temp
    except NameError as e:
        return str(e)


print(read_after_delete())
value = 1


def shadow_then_global():
    value = "local"

    def g():
        global value
        value += 1
        return value
    return g(), value


print(shadow_then_global(), value)


def loop_global():
    global i
    for i in range(3):
        pass


loop_global()
print(i)


def global_in_comprehension():
    global comp_var
    comp_var = "before"
    return [comp_var for _ in range(1)]


print(global_in_comprehension())
