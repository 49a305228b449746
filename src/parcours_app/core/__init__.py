"""The domain core: pure Python (standard library, dateutil, babel, holidays). No Qt, no SQL.

tests/core/test_core_purity.py fails if anything in this package imports Qt, SQLAlchemy, SQLModel or sqlite3.
"""
