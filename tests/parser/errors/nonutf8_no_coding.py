# no coding declaration here
x = "café"
