# CPython's test helpers (test.support.import_helper.frozen_modules) call this private
# function; it exists and takes an int.
import _imp

print(_imp._override_frozen_modules_for_tests(1))
print(_imp._override_frozen_modules_for_tests(0))
try:
    _imp._override_frozen_modules_for_tests("x")
except TypeError as e:
    print("TypeError")
