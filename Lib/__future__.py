"""The features that `from __future__ import NAME` enables, with the releases that
made each optional and then mandatory.

The statement itself is handled by the compiler; this module only describes the
features, for the import the statement also performs and for programs that look."""


class _Feature:
    """A future feature: the release (a sys.version_info-like tuple) from which it
    could be enabled, the release in which it became the only behaviour (None while
    undecided), and the flag that enables it in compile()."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


# name, flag constant, flag value, optional from, mandatory in
_TABLE = (
    ("nested_scopes", "CO_NESTED", 0x0010, (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0)),
    ("generators", "CO_GENERATOR_ALLOWED", 0, (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0)),
    ("division", "CO_FUTURE_DIVISION", 0x20000,
     (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0)),
    ("absolute_import", "CO_FUTURE_ABSOLUTE_IMPORT", 0x40000,
     (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0)),
    ("with_statement", "CO_FUTURE_WITH_STATEMENT", 0x80000,
     (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0)),
    ("print_function", "CO_FUTURE_PRINT_FUNCTION", 0x100000,
     (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0)),
    ("unicode_literals", "CO_FUTURE_UNICODE_LITERALS", 0x200000,
     (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0)),
    ("barry_as_FLUFL", "CO_FUTURE_BARRY_AS_BDFL", 0x400000,
     (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0)),
    ("generator_stop", "CO_FUTURE_GENERATOR_STOP", 0x800000,
     (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0)),
    ("annotations", "CO_FUTURE_ANNOTATIONS", 0x1000000, (3, 7, 0, "beta", 1), None),
)

all_feature_names = [row[0] for row in _TABLE]
__all__ = ["all_feature_names"] + all_feature_names

for _name, _flag_name, _flag, _optional, _mandatory in _TABLE:
    globals()[_flag_name] = _flag
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
del _name, _flag_name, _flag, _optional, _mandatory
del _TABLE
