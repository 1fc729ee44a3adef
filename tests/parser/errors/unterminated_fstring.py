x = f"abc{x}
