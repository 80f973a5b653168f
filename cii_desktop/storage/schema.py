"""The whole schema in one place: every model module imported, the metadata Alembic compares."""

from __future__ import annotations

from .assessment_records import ASSESSMENT_MODELS
from .audit_records import AUDIT_MODELS  # noqa: F401 - local tables, part of the metadata
from .lifecycle_records import LIFECYCLE_SYNCED_MODELS
from .models import SYNCED_MODELS as CORE_MODELS
from .models import Base, Synced
from .records import RECORD_MODELS

METADATA = Base.metadata
SYNCED_MODELS: tuple[type[Synced], ...] = (CORE_MODELS + RECORD_MODELS + ASSESSMENT_MODELS
                                            + LIFECYCLE_SYNCED_MODELS)
