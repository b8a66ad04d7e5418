"""A client for Kolada's API v3 on httpx: pages, batches, retries, deleted rows, Swedish errors.

``Client.values(kpis, municipalities, years)`` returns one row per KPI, municipality, year and
gender. Lists go in batches of at most 25 ids (the API's limit); every answer is followed
through ``next_url``; 429 and 5xx are retried with a growing pause (the sleep is injectable,
so tests are instant); rows marked ``isdeleted`` are dropped; when Kolada cannot be reached
the error says so in Swedish, and nothing waits longer than the timeout.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import httpx

BASE_URL = "https://api.kolada.se/v3/"
BATCH = 25
PER_PAGE = 5000


class KoladaError(Exception):
    """Kolada could not answer; the message is Swedish and says what to do."""


def batches(items: Sequence[str] | None, size: int = BATCH) -> list[list[str] | None]:
    """``items`` in lists of at most ``size``; ``[None]`` when there is no list (all of them)."""
    if not items:
        return [None]
    unique = list(dict.fromkeys(str(i) for i in items))
    return [unique[i:i + size] for i in range(0, len(unique), size)]


@dataclass
class Client:
    base_url: str = BASE_URL
    transport: httpx.BaseTransport | None = None
    sleep: Callable[[float], None] = time.sleep
    retries: int = 4
    timeout_s: float = 15.0
    requests: list[str] = field(default_factory=list)  # every URL asked, for tests and logs

    def _get(self, url: str, params: dict[str, object] | None = None) -> dict:
        with httpx.Client(transport=self.transport, timeout=self.timeout_s, follow_redirects=True) as http:
            for attempt in range(self.retries + 1):
                self.requests.append(url)
                try:
                    answer = http.get(url, params=params)
                except httpx.TimeoutException as exc:
                    raise KoladaError("Kolada svarar inte (tidsgränsen passerades). Försök igen senare; "
                                      "panelen visar de värden som redan är hämtade.") from exc
                except httpx.TransportError as exc:
                    raise KoladaError("Kolada går inte att nå: ingen förbindelse med api.kolada.se. "
                                      "Kontrollera nätverket; panelen visar de värden som redan är hämtade.") from exc
                if answer.status_code == 429 or answer.status_code >= 500:
                    if attempt == self.retries:
                        raise KoladaError(f"Kolada svarar med fel {answer.status_code} även efter "
                                          f"{self.retries + 1} försök. Försök igen senare.")
                    wait = answer.headers.get("Retry-After")
                    self.sleep(float(wait) if wait and wait.isdigit() else 0.5 * 2 ** attempt)
                    continue
                if answer.status_code != 200:
                    raise KoladaError(f"Kolada svarar med fel {answer.status_code} för frågan {url}. "
                                      "Kontrollera KPI-id, kommunkoder och år.")
                try:
                    return answer.json()
                except ValueError as exc:
                    raise KoladaError("Kolada svarade med något som inte är JSON.") from exc
        raise KoladaError("Kolada gick inte att fråga.")  # not reached

    def pages(self, url: str, params: dict[str, object] | None = None) -> Iterator[dict]:
        """Every item of a v3 answer, following ``next_url`` until it is absent or empty."""
        seen = set()
        while url and url not in seen:
            seen.add(url)
            body = self._get(url, params)
            yield from body.get("values", [])
            url, params = body.get("next_url") or "", None

    def values(self, kpis: Sequence[str], municipalities: Sequence[str] | None = None,
               years: Sequence[int] | None = None) -> list[dict[str, object]]:
        """One row per KPI, municipality, year and gender: kpi_id, municipality_code, year, gender, value."""
        rows = []
        for kpi, muni, year in itertools.product(batches(kpis), batches(municipalities),
                                                 batches([str(y) for y in years] if years else None)):
            url = self.base_url + "data/kpi/" + ",".join(kpi or [])
            if muni:
                url += "/municipality/" + ",".join(muni)
            if year:
                url += "/year/" + ",".join(year)
            for item in self.pages(url, {"per_page": PER_PAGE}):
                for value in item.get("values", []):
                    if value.get("isdeleted"):
                        continue
                    rows.append({"kpi_id": str(item["kpi"]), "municipality_code": str(item["municipality"]),
                                 "year": int(item["period"]), "gender": str(value.get("gender") or "T"),
                                 "value": value.get("value")})
        return rows
