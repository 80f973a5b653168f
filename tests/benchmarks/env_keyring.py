"""Benchmark stand-in for the OS keystore: the key comes from the process environment, never a file."""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class EnvKeyring(KeyringBackend):
    """Answers keyring look-ups from CII_BENCH_KEY_<entry> variables set by the benchmark."""

    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _var(username: str) -> str:
        return "CII_BENCH_KEY_" + "".join(ch if ch.isalnum() else "_" for ch in username)

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get(self._var(username))

    def set_password(self, service: str, username: str, password: str) -> None:
        os.environ[self._var(username)] = password

    def delete_password(self, service: str, username: str) -> None:
        os.environ.pop(self._var(username), None)
