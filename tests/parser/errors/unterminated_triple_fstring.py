x = f"""abc{x}

y
