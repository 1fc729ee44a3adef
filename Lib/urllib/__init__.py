"""The urllib package: URL parsing (urllib.parse) and URL errors and responses."""
