# ast-args: -m func_type
() -> None
