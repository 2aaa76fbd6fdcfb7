"""Structured errors: a stable code, a JSON Pointer path and a message in Dutch or English.

Errors never echo the offending input value. Records about detainees are
sensitive, so a message says *what* is wrong and *where*, not what was typed.

>>> err = ErrorDetail(code="field.missing", path="/sentence/start_date")
>>> err.message("en")
'Required field is missing.'
>>> err.message("nl")
'Verplicht veld ontbreekt.'
>>> err.to_dict("en")
{'code': 'field.missing', 'path': '/sentence/start_date', 'message': 'Required field is missing.'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Final

import attrs

from kleinschalig.i18n import N_, translate

__all__ = [
    "ERROR_CODES",
    "ErrorDetail",
    "InvalidValue",
    "KleinschaligError",
    "MissingReferenceDate",
    "NotRegistered",
    "UnsupportedLanguage",
    "ValidationFailed",
    "join_pointer",
]

#: Every error code the library emits, with its Dutch message template. The codes
#: are a stable public interface: tests pin them and front ends may switch on them.
ERROR_CODES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "json.syntax": N_("Geen geldige JSON (regel {line}, kolom {column})."),
        "json.encoding": N_("Geen geldige UTF-8-tekst."),
        "json.too_large": N_("Het document is te groot: maximaal {maximum} bytes."),
        "json.too_deep": N_("Het document is te diep genest: maximaal {maximum} niveaus."),
        "json.non_finite": N_("Geen geldig JSON-getal: NaN en Infinity zijn niet toegestaan."),
        "json.number_too_large": N_("Getal met te veel cijfers."),
        "json.duplicate_key": N_("Deze sleutel komt al eerder voor in hetzelfde object."),
        "json.surrogate": N_(
            "Tekst met een losse surrogaat (U+D800–U+DFFF): geen geldige Unicode."
        ),
        "text.too_long": N_("Tekst is te lang: maximaal {maximum} tekens."),
        "list.too_long": N_("Lijst is te lang: maximaal {maximum} elementen."),
        "object.too_large": N_("Object heeft te veel velden: maximaal {maximum}."),
        "field.unknown_more": N_("En nog {count} onbekende velden (niet getoond)."),
        "limit.unknown": N_("Onbekende limiet; kies uit: {allowed}."),
        "limit.invalid": N_("Een limiet is een geheel getal van minimaal 1, als NAAM=GETAL."),
        "date.out_of_range": N_(
            "De berekende datum valt buiten het ondersteunde bereik (jaar {first} tot en met "
            "{last})."
        ),
        "field.missing": N_("Verplicht veld ontbreekt."),
        "field.unknown": N_("Onbekend veld; controleer de spelling."),
        "type.invalid": N_("Verkeerd type: verwacht {expected}."),
        "value.not_allowed": N_("Waarde niet toegestaan; kies uit: {allowed}."),
        "value.too_small": N_("Waarde is te klein: minimaal {minimum}."),
        "value.too_large": N_("Waarde is te groot: maximaal {maximum}."),
        "value.pattern": N_("Waarde heeft niet het verwachte formaat ({pattern})."),
        "value.bsn_like": N_(
            "Waarde lijkt op een burgerservicenummer; gebruik een pseudoniem, nooit een BSN."
        ),
        "value.empty": N_("Waarde mag niet leeg zijn."),
        "value.duplicate": N_("Dubbele waarde: {key} komt al eerder voor."),
        "date.invalid": N_("Geen geldige datum; gebruik JJJJ-MM-DD."),
        "date.order": N_("Datum ligt vóór {other}."),
        "date.nonexistent": N_(
            "De berekening komt uit op een dag die niet bestaat (dag {day} van maand {month}); "
            "kies expliciet een afronding (omhoog of omlaag)."
        ),
        "date.fraction": N_(
            "De uitkomst is geen hele dag of maand; kies expliciet een afronding "
            "(omhoog of omlaag)."
        ),
        "duration.invalid": N_("Geen geldige duur; gebruik bijvoorbeeld 18m, 3y, 45d, 2w of 1y6m."),
        "vi.judgment_date_missing": N_(
            "Geef de datum van de uitspraak in laatste feitelijke instantie, of kies zelf de "
            "v.i.-regeling: die datum bepaalt welke regeling geldt, en zonder die datum wordt "
            "niet gegokt."
        ),
        "vi.no_rule_for_judgment_date": N_(
            "Voor een uitspraak vóór {date} kent de bibliotheek geen v.i.-regeling; kies zelf "
            "de regeling als u weet welke geldt."
        ),
        "reference.unknown": N_("Onbekende code; niet geregistreerd als {kind}."),
        "reference.duplicate": N_("Code {code} is al geregistreerd door {other}."),
        "fact.unknown": N_(
            "Onbekend feit: geen geïnstalleerde plugin declareert het (bedoeld: {nearest}?)."
        ),
        "fact.unknown_namespace": N_(
            "Geen geïnstalleerde plugin declareert feiten in deze naamruimte; "
            "naamruimten van geïnstalleerde plugins: {installed}."
        ),
        "fact.moment": N_("Dit feit wordt per meetmoment vastgelegd; kies uit: {allowed}."),
        "fact.facility": N_(
            "Dit feit wordt per voorziening vastgelegd: gebruik de code van een "
            "geregistreerde voorziening."
        ),
        "fact.recorded_once": N_(
            "Dit feit wordt één keer vastgelegd, niet per meetmoment of voorziening."
        ),
        "fact.derived": N_("Dit feit wordt berekend uit andere gegevens en niet vastgelegd."),
        "fact.namespace_reserved": N_(
            "Deze naamruimte is een veld van het dossier; kies de naam van de plugin."
        ),
        "fact.not_for_type": N_("Dit veld hoort niet bij een feit van type {type}."),
        "fact.moments_and_facility": N_(
            "Een feit wordt per meetmoment óf per voorziening vastgelegd, niet allebei."
        ),
        "field.unknown_nearest": N_(
            "Onbekend veld; bedoeld: {nearest}? Toegestane velden: {allowed}."
        ),
        "value.not_allowed_nearest": N_(
            "Waarde niet toegestaan; bedoeld: {nearest}? Kies uit: {allowed}."
        ),
        "yaml.syntax": N_("Geen geldige YAML; controleer inspringing, dubbele punten en haakjes."),
        "yaml.alias_undefined": N_(
            "Alias *{anchor} verwijst naar een anker &{anchor} dat hierboven niet staat."
        ),
        "yaml.anchor_duplicate": N_(
            "Anker &{anchor} komt twee keer voor; geef elk anker een eigen naam."
        ),
        "text.inconsistent": N_(
            "Deze Nederlandse tekst staat eerder in het bestand met een andere Engelse "
            "vertaling: {other}"
        ),
        "yaml.tag": N_("YAML-tag {tag} is niet toegestaan: alleen gewone waarden."),
        "yaml.duplicate_key": N_("Deze sleutel komt twee keer voor in hetzelfde object."),
        "yaml.too_large": N_("Het document is te groot (te veel waarden)."),
        "file.unreadable": N_("Het bestand kan niet worden gelezen als UTF-8-tekst."),
        "plugin.format": N_(
            "Geef bovenaan de formaatversie van het pluginbestand: kleinschalig: {version}."
        ),
        "text.pair": N_("Geef een tekst als {{nl: …, en: …}}: Nederlands en Engels."),
        "text.untranslated": N_(
            "Tekst zonder Engelse vertaling; schrijf hem als {{nl: …, en: …}}."
        ),
        "model.unknown": N_("Onbekend model {name}; kies uit: {allowed}."),
        "period.overlap": N_("Periode overlapt met een andere periode van dezelfde soort."),
        "graph.cycle": N_("De koppelingen vormen een kring."),
        "graph.direction": N_("Koppeling van {source} naar {target} gaat de verkeerde kant op."),
        "workflow.initial": N_(
            "Een werkproces heeft precies één begintoestand; gevonden: {count}."
        ),
        "workflow.from_final": N_("Vanuit een eindtoestand kan geen stap vertrekken."),
        "workflow.unreachable": N_("Toestand {state} is vanuit het begin niet te bereiken."),
        "workflow.dead_end": N_("Vanuit toestand {state} is geen eindtoestand te bereiken."),
        "workflow.unknown": N_("Onbekend werkproces of onbekende stap."),
        "workflow.no_version": N_("Op {date} is geen versie van dit werkproces van kracht."),
        "workflow.illegal_transition": N_(
            "Deze stap kan niet vanuit de huidige toestand {state}; mogelijk: {allowed}."
        ),
        "workflow.date_order": N_("De gebeurtenis ligt vóór de vorige gebeurtenis ({other})."),
        "workflow.actor": N_("Deze stap wordt gezet door {expected}, niet door een andere rol."),
        "workflow.documents_missing": N_("Voor deze stap ontbreken documenten: {missing}."),
        "workflow.consent_missing": N_(
            "Voor deze stap is toestemming nodig voor gegevensdeling met: {missing}."
        ),
        "workflow.guard_failed": N_("Niet voldaan aan de voorwaarde van deze stap."),
        "workflow.feedback_before_decision": N_(
            "Terugkoppeling over een besluit dat (nog) niet is genomen."
        ),
        "workflow.guard_unknown": N_(
            "Nog niet te beoordelen of aan de voorwaarde van deze stap is voldaan; "
            "ontbrekende gegevens: {missing}."
        ),
        "receipt.format": N_("Geen besluitbon in een bekend formaat; bekend: {allowed}."),
        "receipt.unsealed": N_(
            "Bon in formaat {format}: zonder eigen digest, dus een bewerking is niet aan de "
            "bon zelf te zien. Het besluit is wel opnieuw afgeleid; zijn digests zijn met "
            "eerdere regels berekend en niet vergeleken."
        ),
        "receipt.digest": N_(
            "De digest van de bon klopt niet met de inhoud: de bon is na het maken bewerkt."
        ),
        "receipt.part_changed": N_("Dit deel van de bon is na het maken gewijzigd."),
        "receipt.part_added": N_("Dit deel is na het maken aan de bon toegevoegd."),
        "receipt.part_removed": N_("Dit deel is na het maken uit de bon verwijderd."),
        "receipt.seal": N_(
            "Het zegel (HMAC-SHA256) klopt niet met de sleutel: de bon is bewerkt, of met "
            "een andere sleutel gezegeld."
        ),
        "receipt.seal_missing": N_(
            "De bon heeft geen zegel, maar er is een sleutel om er een te controleren: een "
            "bon zonder zegel kan door iedereen zijn gemaakt of bewerkt."
        ),
        "receipt.seal_unchecked": N_(
            "De bon heeft een zegel, maar er is geen sleutel om het te controleren "
            "(KLEINSCHALIG_RECEIPT_KEY)."
        ),
        "receipt.redacted": N_(
            "Geredigeerde bon: bijzondere en identificerende gegevens zijn weggelaten, dus "
            "het besluit kan niet opnieuw worden afgeleid en digest en zegel niet worden "
            "gecontroleerd; alleen de niet-geredigeerde delen zijn met hun digest vergeleken."
        ),
        "receipt.owners_unknown": N_(
            "De bon zegt niet welke plugin de voorziening en de criteria bezit; het verse "
            "proces laadt alle plugins die de bon noemt."
        ),
        "receipt.rederived": N_(
            "Opnieuw afgeleid in een vers proces: {found}; in de bon: {recorded}."
        ),
        "receipt.rederived_values": N_(
            "Opnieuw afgeleid in een vers proces leest dit criterium andere gegevens "
            "(niet getoond: persoonsgegevens)."
        ),
        "receipt.line_missing": N_(
            "Criterium {criterion} staat in de bon, maar niet in het besluit dat opnieuw "
            "is afgeleid."
        ),
        "receipt.line_extra": N_(
            "Criterium {criterion} staat in het besluit dat opnieuw is afgeleid, maar niet "
            "in de bon."
        ),
        "receipt.rederive_failed": N_(
            "Het besluit kon niet opnieuw worden afgeleid in een vers proces: {reason}."
        ),
        "receipt.plugin_missing": N_(
            "Plugin {plugin}, die dit besluit mede bepaalt, is in het verse proces niet "
            "geladen ({status})."
        ),
        "receipt.stale": N_(
            "Verouderd: versies verschillen ({plugin}: in de bon {recorded}, "
            "geïnstalleerd {found})."
        ),
        "receipt.owner": N_(
            "In het verse proces is dit van plugin {found}, in de bon van {recorded}."
        ),
        "receipt.column": N_(
            "De kolom {column} van het auditspoor zegt iets anders dan dit deel van de bon."
        ),
        "language.unsupported": N_("Taal niet ondersteund; kies uit: {allowed}."),
        "reference.not_registered": N_(
            "Niet geregistreerd als {kind}; de dichtstbijzijnde codes: {nearest}."
        ),
        "reference.none_registered": N_("Er is geen enkele {kind} geregistreerd."),
        "rule.conflict": N_(
            "De criteria {criteria} vervangen allebei {base} ({sources}); "
            "de plugins moeten dit oplossen, de bibliotheek kiest niet."
        ),
        "screening.no_reference_date": N_(
            "Geen peildatum: geef er een op, of leg de verwijsdatum (referral.date) vast."
        ),
    }
)


def join_pointer(*parts: str | int) -> str:
    """Build a JSON Pointer (RFC 6901), escaping ``~`` and ``/`` in each part.

    >>> join_pointer("consents", 0, "scope/x")
    '/consents/0/scope~1x'
    >>> join_pointer()
    ''
    """
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _frozen_params(params: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(params))


#: Parameters that are codes or written values, shown as they are, never translated
#: (a code such as ``werkdoel`` is also a Dutch msgid).
_VERBATIM_PARAMS: Final = frozenset(
    {"nearest", "allowed", "anchor", "other", "tag", "criteria", "base", "sources"}
)


@attrs.frozen(slots=True)
class ErrorDetail:
    """One problem with one field: ``code``, ``path`` (JSON Pointer) and message parameters.

    ``params`` hold only structural facts (expected type, allowed values, limits),
    never the input value itself.
    """

    code: str = attrs.field(validator=attrs.validators.in_(ERROR_CODES))
    path: str = ""
    params: Mapping[str, str] = attrs.field(
        factory=dict, converter=_frozen_params, eq=False, hash=False
    )

    def message(self, lang: str = "nl") -> str:
        template = translate(ERROR_CODES[self.code], lang)
        params = {
            k: v if k in _VERBATIM_PARAMS else translate(v, lang) for k, v in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template

    def to_dict(self, lang: str = "nl") -> dict[str, str]:
        return {"code": self.code, "path": self.path, "message": self.message(lang)}

    def under(self, *prefix: str | int) -> ErrorDetail:
        """The same error with ``prefix`` put in front of its path."""
        return attrs.evolve(self, path=join_pointer(*prefix) + self.path, params=self.params)


class KleinschaligError(Exception):
    """Base class of every error the library raises on purpose."""


class InvalidValue(ValueError):
    """Raised by validators and structure hooks; carries a stable code.

    ``field`` is the attribute name when the check is about a named field; the
    JSON layer turns it into a path segment.
    """

    def __init__(
        self, code: str, field: str | tuple[str | int, ...] | None = None, /, **params: str
    ) -> None:
        if code not in ERROR_CODES:
            raise LookupError(f"undeclared error code {code!r}")
        self.code = code
        self.field = field
        self.params = params
        super().__init__(f"{code} at {field if field is not None else '<value>'}")

    def detail(self, *prefix: str | int) -> ErrorDetail:
        parts: list[str | int] = [*prefix]
        if isinstance(self.field, tuple):
            parts.extend(self.field)
        elif self.field is not None:
            parts.append(self.field)
        return ErrorDetail(code=self.code, path=join_pointer(*parts), params=self.params)


class ValidationFailed(KleinschaligError):
    """Input did not validate. ``errors`` lists every problem found, each with a path."""

    def __init__(self, errors: Iterable[ErrorDetail]) -> None:
        self.errors: tuple[ErrorDetail, ...] = tuple(
            sorted(set(errors), key=lambda e: (e.path, e.code))
        )
        super().__init__(
            "; ".join(f"{e.path or '/'}: {e.code}" for e in self.errors) or "invalid input"
        )

    def to_dicts(self, lang: str = "nl") -> list[dict[str, str]]:
        return [e.to_dict(lang) for e in self.errors]


class UnsupportedLanguage(ValidationFailed, ValueError):
    """A language tag that is not Dutch or English (code ``language.unsupported``).

    Also a :class:`ValueError`, as an unsupported language always was. The tag
    itself is not repeated in the error.
    """

    def __init__(self) -> None:
        from kleinschalig.i18n import LANGUAGES

        super().__init__(
            [ErrorDetail("language.unsupported", params={"allowed": ", ".join(LANGUAGES)})]
        )
        self.args = (
            f"unsupported language; choose one of {', '.join(LANGUAGES)} [language.unsupported]",
        )


class NotRegistered(ValidationFailed, KeyError):
    """A code that names nothing registered of its kind (``reference.not_registered``).

    Also a :class:`KeyError`, as a failed lookup always was. The code asked for is
    not repeated; ``nearest`` lists registered codes that look like it, so a front
    end can offer them. ``kind`` is the registry's kind (``facility``, ``criterion``…).
    """

    def __init__(self, kind: str, kind_label: str, nearest: Sequence[str]) -> None:
        self.kind = kind
        self.nearest = tuple(nearest)
        if self.nearest:
            detail = ErrorDetail(
                "reference.not_registered",
                params={"kind": kind_label, "nearest": ", ".join(self.nearest)},
            )
        else:
            detail = ErrorDetail("reference.none_registered", params={"kind": kind_label})
        super().__init__([detail])

    def __str__(self) -> str:  # KeyError would show the message quoted
        return Exception.__str__(self)


class MissingReferenceDate(ValidationFailed, ValueError):
    """Screening needs a reference date and neither the call nor the case gives one
    (``screening.no_reference_date``, at ``/referral/date``)."""

    def __init__(self) -> None:
        super().__init__([ErrorDetail("screening.no_reference_date", path="/referral/date")])


def ensure_no_errors(errors: Sequence[ErrorDetail]) -> None:
    if errors:
        raise ValidationFailed(errors)
