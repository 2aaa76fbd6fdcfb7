"""JSON in and out of every public model, through one cattrs configuration.

>>> from kleinschalig.model.case import CaseRecord
>>> case = load_json('{"subject_id": "p-1", "case_id": "c-1", "sex": "male"}', CaseRecord)
>>> case.sex.value
'male'
>>> dump_json(case)
'{"subject_id": "p-1", "case_id": "c-1", "sex": "male"}'
>>> try:
...     load_json('{"subject_id": "p-1", "case_id": "c-1", "sexe": "male"}', CaseRecord)
... except ValidationFailed as exc:
...     print(exc.to_dicts("en"))
[{'code': 'field.unknown', 'path': '/sexe', 'message': 'Unknown field; check the spelling.'}]
"""

from kleinschalig.codec.converter import dump_json, load_json, structure, unstructure
from kleinschalig.errors import ValidationFailed

__all__ = ["ValidationFailed", "dump_json", "load_json", "structure", "unstructure"]
