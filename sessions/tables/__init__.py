"""The store's table sections: one mixin per group of tables, each over sessions/core.StoreCore.

AuditStore (sessions/store.py) composes them; callers use AuditStore, never a section alone. A
section may call another's methods through `self` (capture checks its bron, an import adds tags).
"""
