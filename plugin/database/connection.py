"""Opens a database connection from a QGIS PostgreSQL layer, never letting its password show.

The credentials come from the layer's own data source: the user/password in its URI, a service,
or a QGIS authentication configuration (expanded by QgsAuthManager). The password lives only in
the libpq connection string handed to psycopg2; every message that leaves this package goes
through `Secrets.scrub`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qgis.core import QgsDataSourceUri, QgsProcessingOutputLayerDefinition, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

APPLICATION_NAME = "StrikeCheck nearestfaction"
_PASSWORD_ITEM = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)
_HIDDEN = "********"
# A Processing destination written to PostGIS: 'postgres://<uri>' (what QGIS's "Save to
# Database Table" gives), 'postgres:<uri>', or the older 'postgis:' forms.
_DESTINATION = re.compile(r"^(?:postgres|postgis):(?://)?(.*)$", re.DOTALL)


def tr(text):
    return QCoreApplication.translate("StrikeCheckDatabase", text)


class DatabaseError(Exception):
    """A problem the user can act on; its text is already free of secrets."""


def psycopg2_missing():
    """None when psycopg2 imports, else a sentence saying what to install."""
    try:
        import psycopg2  # noqa: F401 (optional: not every QGIS has it)
    except ImportError:
        return tr(
            "The database engine needs the Python package psycopg2, which this QGIS does not "
            "have (Debian/Ubuntu: apt install python3-psycopg2; elsewhere: python3 -m pip "
            "install psycopg2-binary)."
        )
    return None


@dataclass
class Secrets:
    """Strings that must never appear in a message: passwords and full connection strings."""

    values: list = field(default_factory=list)

    def add(self, value, password=False):
        if value and value not in self.values:
            self.values.append(value)
        if password:
            # libpq quotes the words of a broken connection string one by one.
            for word in str(value or "").split():
                if len(word) >= 4:
                    self.add(word)

    def scrub(self, text):
        text = _PASSWORD_ITEM.sub(lambda m: m.group(1) + _HIDDEN, str(text))
        # Longest first: a password that contains another secret is hidden whole.
        for value in sorted(self.values, key=len, reverse=True):
            for form in {value, value.replace("'", "\\'"), value.replace("'", "''")}:
                text = text.replace(form, _HIDDEN)
        return text


@dataclass(frozen=True)
class Place:
    """Which database a layer lives in (what 'the same database' compares)."""

    service: str
    host: str
    port: str
    database: str

    def describe(self):
        if self.service:
            return f"service '{self.service}'"
        return f"'{self.database}' on {self.host or 'localhost'}:{self.port or '5432'}"


def place_of(uri: QgsDataSourceUri) -> Place:
    # The loopback's names are one host; an empty host (local socket) stays itself.
    host = "127.0.0.1" if uri.host() in ("localhost", "::1") else uri.host()
    return Place(
        uri.service(), host, uri.port() or ("" if uri.service() else "5432"), uri.database()
    )


def connection_string(uri: QgsDataSourceUri, secrets: Secrets):
    """The libpq connection string of a layer's URI, authentication configuration expanded."""
    if uri.authConfigId():
        # connectionInfo(True) asks QgsAuthManager for the configuration's credentials; an
        # unknown or locked configuration leaves them out (the server then says who failed).
        info = uri.connectionInfo(True)
        if "authcfg=" in info:
            raise DatabaseError(
                tr(
                    "The layer's QGIS authentication configuration '{id}' could not be used; "
                    "check it in Settings > Options > Authentication."
                ).format(id=uri.authConfigId())
            )
    else:
        info = uri.connectionInfo(False)
    secrets.add(uri.password(), password=True)
    secrets.add(info)
    for item in _PASSWORD_ITEM.finditer(info):
        raw = item.group(2)
        if raw.startswith("'") and raw.endswith("'"):
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        secrets.add(raw, password=True)
    return info


def connect(uri: QgsDataSourceUri, secrets: Secrets):
    """A psycopg2 connection (one transaction, not autocommit) to the layer's database."""
    import psycopg2  # optional: psycopg2_missing() tells the user first

    info = connection_string(uri, secrets)
    try:
        conn = psycopg2.connect(info, application_name=APPLICATION_NAME, connect_timeout=30)
    except psycopg2.Error as error:
        raise DatabaseError(
            tr("Could not connect to the database {place}: {reason}").format(
                place=place_of(uri).describe(), reason=secrets.scrub(str(error).strip())
            )
        ) from None
    conn.autocommit = False
    return conn


def postgis_destination(value):
    """(QgsDataSourceUri, 'postgres://<uri>') of an OUTPUT value naming a PostGIS table, else
    None. The second is what Processing loads a PostGIS layer from (models, load on completion)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if not isinstance(value, str):
        return None
    match = _DESTINATION.match(value.strip())
    if not match:
        return None
    uri = QgsDataSourceUri(match.group(1))
    if not uri.table():
        return None
    return uri, "postgres://" + match.group(1)


def shown_destination(context, uri, text):
    """An output's value for a PostGIS table: its postgres:// source without the password
    (qgis_process prints results, models and logs keep them). The layer itself, opened with the
    password, waits in the run's layer store under that name: Processing looks there by id,
    source and name before it connects, so load on completion and a model's next step still
    open it."""
    shown = QgsDataSourceUri(uri.uri(False))
    if not shown.password():
        return text
    shown.setPassword("")
    value = "postgres://" + shown.uri(False)
    layer = QgsVectorLayer(uri.uri(False), value, "postgres")
    if layer.isValid():
        context.temporaryLayerStore().addMapLayer(layer)
    return value


def shown_output(context, dest_id):
    """A sink's destination id as an algorithm may return it: a PostGIS destination without its
    password; a layer of the run named after one renamed so (the id itself is kept)."""
    found = postgis_destination(dest_id)
    if found is not None:
        return shown_destination(context, *found)
    layer = context.temporaryLayerStore().mapLayer(str(dest_id or ""))
    if layer is not None and _PASSWORD_ITEM.search(layer.name()):
        layer.setName(_PASSWORD_ITEM.sub(lambda m: m.group(1) + _HIDDEN, layer.name()))
    return dest_id
