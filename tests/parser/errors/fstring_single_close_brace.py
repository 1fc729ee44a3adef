x = f"abc}"
