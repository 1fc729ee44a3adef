# An uncaught ExceptionGroup with a nested group.
def gather():
    errors = []
    for i, value in enumerate(["1", "x", "3", None]):
        try:
            int(value)
        except (ValueError, TypeError) as e:
            errors.append(e)
    nested = ExceptionGroup("nested", [KeyError("k")])
    raise ExceptionGroup("conversion failed", errors + [nested])


print("gathering")
gather()
