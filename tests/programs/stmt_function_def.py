# def statement forms: nested defs, redefinition, recursion by name, function attributes, returns.
def no_return():
    pass


def bare_return():
    return


def multiple():
    return 1, 2


def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i == 3:
            return "found 3"
    return "not found"


print(no_return(), bare_return(), multiple(), early(-1), early(5), early(2))


def redefined():
    return "first"


first_version = redefined


def redefined():
    return "second"


print(first_version(), redefined())


def conditional_def(flag):
    if flag:
        def inner():
            return "defined in if"
    else:
        def inner():
            return "defined in else"
    return inner()


print(conditional_def(True), conditional_def(False))


def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


alias = fact
print(alias(6))


def returns_function():
    def helper(x):
        return x * 2
    return helper


print(returns_function()(21), returns_function() is returns_function())


def with_default_func(f=len):
    return f("abc")


print(with_default_func(), with_default_func(str.upper))


def loop_in_def():
    result = []
    for i in range(3):
        def f(i=i):
            return i * i
        result.append(f())
    return result


print(loop_in_def())


def many_locals():
    a = b = c = 1
    d, e = 2, 3
    return a + b + c + d + e


print(many_locals(), many_locals.__code__.co_nlocals)
