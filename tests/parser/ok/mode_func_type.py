# ast-args: -m func_type
(int, List[str], *Any, **Dict[str, int]) -> Tuple[int, ...]
