# An error raised inside a match guard, uncaught.
def classify(value):
    match value:
        case {"limit": limit} if value["count"] > limit:
            return "over"
        case {"limit": _}:
            return "within"
        case _:
            return "unknown"


print(classify({"limit": 3, "count": 5}))
print(classify({"limit": 3}))
