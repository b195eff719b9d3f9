"""Marks that fixtures pass on to the tests using them (tests/conftest.py applies them at collection)."""


def loads_model(fixture_function):
    """Tag a fixture that loads the real embedding model: every test that uses it, directly or through
    another fixture, is marked ``model`` (so ``-m "not model"`` is the fast suite, and no such test hides)."""
    fixture_function.loads_model = True
    return fixture_function
