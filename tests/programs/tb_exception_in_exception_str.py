# The message of an uncaught exception comes from __str__, even a multi-line one.
class ValidationError(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors

    def __str__(self):
        return "%d errors:\n" % len(self.errors) + "\n".join("  - " + e for e in self.errors)


def validate(record):
    errors = []
    if "name" not in record:
        errors.append("name is missing")
    if record.get("age", 0) < 0:
        errors.append("age is negative")
    if errors:
        raise ValidationError(errors)


validate({"name": "ok"})
print("first record valid")
validate({"age": -1})
