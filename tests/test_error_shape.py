"""The error codes and the error envelope are a public contract: changing them fails here."""

import json

from kleinschalig.cli import main
from kleinschalig.errors import ERROR_CODES

PINNED_CODES = {
    "field.unknown_nearest",
    "value.not_allowed_nearest",
    "yaml.syntax",
    "yaml.alias_undefined",
    "yaml.anchor_duplicate",
    "text.inconsistent",
    "yaml.tag",
    "yaml.duplicate_key",
    "yaml.too_large",
    "file.unreadable",
    "plugin.format",
    "text.pair",
    "text.untranslated",
    "fact.unknown",
    "fact.unknown_namespace",
    "fact.moment",
    "fact.facility",
    "fact.recorded_once",
    "fact.derived",
    "fact.namespace_reserved",
    "fact.not_for_type",
    "fact.moments_and_facility",
    "workflow.initial",
    "workflow.from_final",
    "workflow.unreachable",
    "workflow.dead_end",
    "workflow.unknown",
    "workflow.no_version",
    "workflow.illegal_transition",
    "workflow.date_order",
    "workflow.actor",
    "workflow.documents_missing",
    "workflow.consent_missing",
    "workflow.guard_failed",
    "workflow.guard_unknown",
    "workflow.feedback_before_decision",
    "json.syntax",
    "json.encoding",
    "json.too_large",
    "json.too_deep",
    "json.non_finite",
    "json.number_too_large",
    "json.duplicate_key",
    "json.surrogate",
    "text.too_long",
    "list.too_long",
    "object.too_large",
    "field.unknown_more",
    "limit.unknown",
    "limit.invalid",
    "date.out_of_range",
    "field.missing",
    "field.unknown",
    "type.invalid",
    "value.not_allowed",
    "value.too_small",
    "value.too_large",
    "value.pattern",
    "value.bsn_like",
    "value.empty",
    "value.duplicate",
    "date.invalid",
    "date.order",
    "date.nonexistent",
    "date.fraction",
    "duration.invalid",
    "vi.judgment_date_missing",
    "vi.no_rule_for_judgment_date",
    "reference.unknown",
    "reference.duplicate",
    "model.unknown",
    "period.overlap",
    "graph.cycle",
    "graph.direction",
    "receipt.format",
    "receipt.unsealed",
    "receipt.digest",
    "receipt.part_changed",
    "receipt.part_added",
    "receipt.part_removed",
    "receipt.seal",
    "receipt.seal_missing",
    "receipt.seal_unchecked",
    "receipt.redacted",
    "receipt.owners_unknown",
    "receipt.rederived",
    "receipt.rederived_values",
    "receipt.line_missing",
    "receipt.line_extra",
    "receipt.rederive_failed",
    "receipt.plugin_missing",
    "receipt.stale",
    "receipt.owner",
    "receipt.column",
    "language.unsupported",
    "reference.not_registered",
    "reference.none_registered",
    "screening.no_reference_date",
    "rule.conflict",
}


def test_error_codes_are_pinned():
    assert set(ERROR_CODES) == PINNED_CODES


def test_validate_json_envelope(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"subject_id": "p-1", "case_id": "c-1", "sex": "x"}')
    assert main(["validate", str(bad), "--format", "json", "--lang", "en"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"valid", "errors"}
    assert out["valid"] is False
    assert out["errors"] == [
        {
            "code": "value.not_allowed",
            "path": "/sex",
            "message": "Value not allowed; choose from: male, female, other, unknown.",
        }
    ]
