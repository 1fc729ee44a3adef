from _collections_abc import *
from _collections_abc import __all__
# Pickles of `Callable[[...], ...]` name it here (its module is `collections.abc`).
from _collections_abc import _CallableGenericAlias
