; Inno Setup script for ShortChat (built by packaging/build.py on Windows:
;   iscc /DAppVersion=0.1.0 /DDistDir=build\dist\ShortChat /Obuild\dist packaging\windows\shortchat.iss)
; A per-user install: no administrator rights needed, as for most desktop apps people install themselves.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\build\dist\ShortChat"
#endif

[Setup]
AppId={{6A2E3C1F-5B8D-4B8E-9C5A-3D2F1E0A7B64}
AppName=ShortChat
AppVersion={#AppVersion}
AppPublisher=ShortChat
DefaultDirName={localappdata}\Programs\ShortChat
DefaultGroupName=ShortChat
PrivilegesRequired=lowest
OutputBaseFilename=ShortChat-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\ShortChat.exe

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\ShortChat"; Filename: "{app}\ShortChat.exe"
Name: "{userdesktop}\ShortChat"; Filename: "{app}\ShortChat.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Put ShortChat on the desktop"; Flags: unchecked

[Run]
Filename: "{app}\ShortChat.exe"; Description: "Start ShortChat"; Flags: nowait postinstall skipifsilent
