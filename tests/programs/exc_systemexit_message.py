# SystemExit with a string: the message goes to stderr and the exit code is 1.
print("stdout line")
raise SystemExit("fatal: configuration missing")
