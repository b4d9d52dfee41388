__all__ = ["public_a", "_explicit_private"]
public_a = "A"
public_b = "B"
_explicit_private = "listed in __all__"
