"""Qt lives here only. The shell (app, main_window, menus, shell_dialogs) composes the
feature packages; features import only ui.common and talk through the hub (import-linter
contracts in pyproject.toml)."""
