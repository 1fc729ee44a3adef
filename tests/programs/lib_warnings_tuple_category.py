# simplefilter takes a tuple of categories (it does not check its category, as filterwarnings
# does), and a filter naming a tuple matches any warning of those classes.
import warnings

try:
    warnings.filterwarnings("ignore", category=(SyntaxWarning, DeprecationWarning))
except AssertionError as e:
    print("filterwarnings:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
    warnings.warn("a", DeprecationWarning)
    warnings.warn("b", UserWarning)
    warnings.warn("c", SyntaxWarning)
    warnings.warn("d", PendingDeprecationWarning)
    print([str(w.message) for w in caught])
    print(warnings.filters[0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filters.insert(0, ("error", None, (UserWarning,), None, 0))
    try:
        warnings.warn("e", UserWarning)
    except UserWarning as e:
        print("raised:", e)
    warnings.filters.insert(0, ("ignore", None, 42, None, 0))
    try:
        warnings.warn("f", UserWarning)
    except TypeError as e:
        print("TypeError:", e)
