# Exception notes are printed after the message.
def validate(record):
    try:
        if record["age"] < 0:
            raise ValueError("negative age")
    except ValueError as e:
        e.add_note(f"while validating record {record['name']!r}")
        e.add_note("second note\nwith two lines")
        raise


validate({"name": "ok", "age": 5})
print("first record fine")
validate({"name": "bad", "age": -1})
