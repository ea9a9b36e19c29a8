"""Credentials as a spec's `x-credentials` extension describes them, and the mock's accounts.

```yaml
x-credentials:
  url: VENDOR_URL                    # the live base URL (optional when servers[0] is concrete)
  variables: {VENDOR_KEY: mock-key}  # credential variables, with the mock's default values
  select: {variable: VENDOR_REGION, values: {eu: oauth2_eu}}   # optional: which scheme live runs use
  schemes:                           # what each security scheme sends, as templates over variables
    key_scheme: "{VENDOR_KEY}"                                   # apiKey, http bearer
    basic_scheme: {username: "{VENDOR_USER}", password: "{VENDOR_KEY}"}
    oauth_scheme: {client_id: "{VENDOR_ID}", client_secret: "{VENDOR_SECRET}", scope: "{VENDOR_SCOPE}"}
```

A template naming a variable that is neither set nor given a default renders as absent, so
optional settings (a token URL override, a scope) fall back to the spec.

An account is one value of each credential variable. A variable may hold several
comma-separated values: account N takes the N-th value of each (a single value serves all).
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Account", "CredentialPlan", "accounts_from", "accounts_given", "render"]

Template = str | dict[str, str]


@dataclass(frozen=True)
class Account:
    """One set of credentials the mock accepts, and the id its data is kept under."""

    id: str
    variables: Mapping[str, str] = field(repr=False)


def render(template: Template, variables: Mapping[str, str]) -> Any:
    """A scheme's template filled in; None (or a missing key) where a variable is not set."""
    if isinstance(template, dict):
        rendered = {key: render(value, variables) for key, value in template.items()}
        return {key: value for key, value in rendered.items() if value is not None}
    names = [name for _, name, _, _ in string.Formatter().parse(template) if name]
    if any(name not in variables for name in names):
        return None
    return template.format_map(variables)


@dataclass(frozen=True)
class CredentialPlan:
    """A spec's `x-credentials`, read."""

    url_variable: str | None
    defaults: Mapping[str, str]
    schemes: Mapping[str, Template]
    select_variable: str | None = None
    selectable: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> CredentialPlan:
        declared = spec.get("x-credentials", {})
        select = declared.get("select", {})
        return cls(
            declared.get("url"),
            declared.get("variables", {}),
            declared.get("schemes", {}),
            select.get("variable"),
            select.get("values", {}),
        )

    def variables(self, env: Mapping[str, str]) -> dict[str, str]:
        """The default values overridden by the environment, plus every set optional variable."""
        named = {name for template in self.schemes.values() for name in _names(template)}
        return {**self.defaults, **{name: env[name] for name in named | set(self.defaults) if name in env}}

    def scheme(self, env: Mapping[str, str]) -> str:
        """The scheme live runs authenticate with: the selected one, or the first declared."""
        if self.select_variable and env.get(self.select_variable) in self.selectable:
            return self.selectable[env[self.select_variable]]
        return next(iter(self.schemes))


def _names(template: Template) -> set[str]:
    parts = template.values() if isinstance(template, dict) else [template]
    return {name for part in parts for _, name, _, _ in string.Formatter().parse(part) if name}


def accounts_from(plan: CredentialPlan, env: Mapping[str, str]) -> list[Account]:
    """The accounts a mock accepts: the plan's variables, from `env` or their defaults, split on commas."""
    values = {name: value.split(",") for name, value in plan.variables(env).items()}
    count = max((len(parts) for parts in values.values()), default=1)
    uneven = sorted(name for name, parts in values.items() if len(parts) not in (1, count))
    if uneven:
        raise ValueError(f"{', '.join(uneven)}: give one value or {count} comma-separated values")
    return [
        Account(f"account-{n + 1}", {name: parts[n % len(parts)] for name, parts in values.items()})
        for n in range(count)
    ]


def accounts_given(given: Sequence[Mapping[str, str]], plan: CredentialPlan) -> list[Account]:
    """Accounts from explicit variable values, each completed by the plan's defaults."""
    return [Account(f"account-{n + 1}", {**plan.defaults, **variables}) for n, variables in enumerate(given)]
