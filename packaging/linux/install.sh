#!/bin/sh
# Install the PPS Monitor bundle for this user (no administrator rights needed):
#   ./install.sh --user      menu entry, the .ppsmonitor file type, `pps-monitor` on PATH
#   ./install.sh --uninstall remove them again (the bundle folder itself stays)
# Run it from inside the unpacked bundle folder (where the pps-monitor executable is).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
desktop=$here/packaging/linux/pps-monitor.desktop
[ -f "$desktop" ] || desktop=$here/_internal/packaging/linux/pps-monitor.desktop
mime=$(dirname "$desktop")/pps-monitor-mime.xml

case "${1:-}" in
--user)
    mkdir -p "$bin" "$data/applications"
    ln -sf "$here/pps-monitor" "$bin/pps-monitor"
    # The menu entry runs this bundle by its full path (PATH may lack ~/.local/bin).
    sed "s|^Exec=pps-monitor|Exec=\"$here/pps-monitor\"|" "$desktop" > "$here/pps-monitor.desktop"
    if command -v xdg-mime >/dev/null && command -v xdg-desktop-menu >/dev/null; then
        xdg-mime install --mode user --novendor "$mime"
        xdg-desktop-menu install --mode user --novendor "$here/pps-monitor.desktop"
        xdg-mime default pps-monitor.desktop application/x-pps-monitor
    else
        # Without xdg-utils: the same files where the freedesktop specs look for them.
        mkdir -p "$data/mime/packages"
        cp "$mime" "$data/mime/packages/pps-monitor.xml"
        cp "$here/pps-monitor.desktop" "$data/applications/pps-monitor.desktop"
        command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
        command -v update-desktop-database >/dev/null \
            && update-desktop-database "$data/applications" || true
    fi
    echo "Installed for $(id -un): menu entry, .ppsmonitor files, $bin/pps-monitor"
    ;;
--uninstall)
    if command -v xdg-desktop-menu >/dev/null; then
        xdg-desktop-menu uninstall --mode user pps-monitor.desktop || true
        xdg-mime uninstall --mode user "$mime" || true
    fi
    rm -f "$bin/pps-monitor" "$data/applications/pps-monitor.desktop" \
        "$data/mime/packages/pps-monitor.xml"
    echo "Removed the menu entry, the file type and $bin/pps-monitor"
    ;;
*)
    echo "usage: $0 --user | --uninstall" >&2
    exit 2
    ;;
esac
