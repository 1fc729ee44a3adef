# UnboundLocalError and NameError messages in their various forms.
x = "global x"


def reads_before_assign():
    print(x)
    x = "local"


try:
    reads_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))


def conditional_assign(flag):
    if flag:
        y = 1
    return y


print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def deleted():
    z = 1
    del z
    return z


try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def free_var_unbound():
    def inner():
        return w
    try:
        return inner()
    finally:
        w = 2


try:
    free_var_unbound()
except NameError as e:
    print(type(e).__name__, e)


def free_var_deleted():
    v = 1

    def inner():
        return v
    del v
    return inner()


try:
    free_var_deleted()
except NameError as e:
    print(type(e).__name__, e)

try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, e)


def uses_global_missing():
    return missing_global_name


try:
    uses_global_missing()
except NameError as e:
    print(type(e).__name__, e)

# Builtins are found through the builtins scope, and can be shadowed.
def shadow_len():
    len = lambda s: "shadowed"
    return len("abc")


print(shadow_len(), len("abc"))


def assigned_later_in_loop():
    for i in range(2):
        if i == 1:
            print(val)
        val = i


assigned_later_in_loop()
