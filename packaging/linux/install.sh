#!/bin/sh
# Install ShortChat for this user: the app in ~/.local/share/ShortChat, a menu entry and an icon.
set -e
here=$(cd "$(dirname "$0")" && pwd)
target="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$target/ShortChat" "$target/applications" "$target/icons/hicolor/256x256/apps"
cp -R "$here/." "$target/ShortChat/"
cp "$here/shortchat.png" "$target/icons/hicolor/256x256/apps/shortchat.png"
sed "s|^Exec=.*|Exec=\"$target/ShortChat/ShortChat\"|" "$here/shortchat.desktop" > "$target/applications/shortchat.desktop"
echo "ShortChat is installed: find it in your applications menu (or run $target/ShortChat/ShortChat)."
