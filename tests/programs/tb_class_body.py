# An error raised while a class body executes: the frame is named after the class.
print("defining")


class Settings:
    defaults = {"debug": False}
    level = defaults["verbosity"]


print("never")
